import { gzipSync } from 'node:zlib';
import { ownRuntimeConfig } from '../early/runtime-config';
import { cachedPage, RenderMiss, type CachedPage } from '../utils/page-cache';
import { pageCacheRequest } from '../utils/page-cache-request';

// Encoded (and compressed) once per cached page object: memory storage hands back the same object
// on each hit, so a hit writes ready bytes instead of encoding 40–50 KB of HTML again.
const encoded = new WeakMap<CachedPage, { plain: Buffer; gzip?: Buffer }>();
function bodyOf(page: CachedPage, gzip: boolean): Buffer {
  let bodies = encoded.get(page);
  if (!bodies) encoded.set(page, (bodies = { plain: Buffer.from(page.html) }));
  if (!gzip) return bodies.plain;
  return (bodies.gzip ??= gzipSync(bodies.plain, { level: 6 }));
}

/**
 * Serves cacheable pages from the page cache (utils/page-cache.ts). `x-page-cache` tells how:
 * HIT, STALE (a purged or old page, its new render under way behind) or MISS (rendered for
 * this visitor). While Strapi is down the last good HTML keeps being served.
 */
export default defineEventHandler(async (event) => {
  const rule = pageCacheRequest(event);
  if (!rule) return;
  try {
    const { value: page, state } = await cachedPage(rule);
    setResponseHeader(event, 'content-type', 'text/html;charset=utf-8');
    setResponseHeader(event, 'content-security-policy', page.csp);
    setResponseHeader(event, 'x-page-cache', state.toUpperCase());
    setResponseHeader(event, 'vary', 'accept-encoding');
    const gzip = /\bgzip\b/.test(getHeader(event, 'accept-encoding') ?? '');
    if (gzip) setResponseHeader(event, 'content-encoding', 'gzip');
    return bodyOf(page, gzip);
  } catch (error) {
    if (!(error instanceof RenderMiss)) return void ownRuntimeConfig(event); // let the renderer answer (and show its friendly error page)
    setResponseStatus(event, error.statusCode);
    for (const [name, value] of error.headers) setResponseHeader(event, name, value);
    return error.body;
  }
});
