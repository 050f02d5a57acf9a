import type { VillagePage } from '#shared/types/pages'

export default defineEventHandler(async (event): Promise<VillagePage> => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa')
  const locale = localeOf(getQuery(event).locale)
  try {
    return await cachedData(`village:${slug}:${locale}`, [`village:${slug}`, `products:${slug}`, 'news'], () =>
      mergeWithLapak(useStrapi().villageHome(slug, locale), loadLapak(slug, { limit: 8 })),
    )
  } catch (error) {
    throw toHttpError(error, 'Desa')
  }
})
