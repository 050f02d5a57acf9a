import { createError, defineEventHandler, getHeader } from 'h3';
import { readBodyWithin } from './body-limit';
import type { TaggedCache } from './tagged-cache';
import { MAX_BODY_BYTES, parseTags, secretMatches } from './revalidate';

/**
 * POST /api/revalidate (docs/contracts.md): 401 wrong secret, 413 too large, 400 bad body, else
 * purge tags, answer, and then let `afterPurge` refresh what they made stale.
 */
export function revalidateHandler(
  secret: () => string,
  cache: () => TaggedCache,
  afterPurge: (tags: string[]) => Promise<unknown> = async () => undefined,
) {
  return defineEventHandler(async (event) => {
    if (!secretMatches(getHeader(event, 'x-webdesaku-secret'), secret())) {
      throw createError({ statusCode: 401, statusMessage: 'Secret revalidasi salah atau tidak ada' });
    }
    // counted while reading, so a chunked body cannot slip past the limit either
    const raw = (await readBodyWithin(event, MAX_BODY_BYTES)).toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw createError({ statusCode: 400, statusMessage: 'Body bukan JSON yang valid' });
    }
    const parsed = parseTags(body);
    if (!parsed.ok) throw createError({ statusCode: 400, statusMessage: parsed.message });
    try {
      const purged = await cache().purge(parsed.tags);
      afterPurge(parsed.tags).catch((error) => console.warn(`[revalidate] refresh failed: ${String(error)}`));
      return { revalidated: true, tags: purged };
    } catch (error) {
      console.warn(`[revalidate] purge failed: ${String(error)}`);
      throw createError({ statusCode: 503, statusMessage: 'Cache sedang tidak dapat dihapus, coba lagi' });
    }
  });
}
