/** Cache purge called by the Strapi plugin and the Medusa subscriber (docs/contracts.md). */
export default defineEventHandler(async (event) => {
  if (!secretMatches(getHeader(event, 'x-webdesaku-secret'), useStorefrontConfig().revalidateSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'Secret revalidasi salah atau tidak ada' })
  }
  const length = Number(getHeader(event, 'content-length') ?? 0)
  if (length > MAX_BODY_BYTES) throw createError({ statusCode: 413, statusMessage: 'Body terlalu besar' })
  const raw = await readRawBody(event, 'utf8')
  if ((raw?.length ?? 0) > MAX_BODY_BYTES) throw createError({ statusCode: 413, statusMessage: 'Body terlalu besar' })
  let body: unknown
  try {
    body = JSON.parse(raw ?? '')
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Body bukan JSON yang valid' })
  }
  const parsed = parseTags(body)
  if (!parsed.ok) throw createError({ statusCode: 400, statusMessage: parsed.message })
  try {
    const purged = await useDataCache().purge(parsed.tags)
    return { revalidated: true, tags: purged }
  } catch (error) {
    console.warn(`[revalidate] purge failed: ${String(error)}`)
    throw createError({ statusCode: 503, statusMessage: 'Cache sedang tidak dapat dihapus, coba lagi' })
  }
})
