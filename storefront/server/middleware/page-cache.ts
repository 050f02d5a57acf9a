import { gzipSync } from 'node:zlib';
import { cspWithHashes } from '../utils/csp';
import { DEGRADED_MS, FRESH_MS, SWR_MS, useDataCache } from '../utils/data-cache';
import { pageCacheRequest, RENDER_TOKEN } from '../utils/page-cache-request';
import { ownRuntimeConfig } from '../early/runtime-config';

// Whole-page HTML cache in front of the renderer (same tagged SWR cache and purges as the data):
// a cached village page is served without rendering; an edit purges it at once; while Strapi is
// down the last good HTML keeps being served.

interface CachedPage {
  html: string;
  csp: string;
}

// Encoded (and compressed) once per cached page object: memory storage hands back the same object
// on each hit, so a hit writes ready bytes instead of encoding 40–50 KB of HTML again.
const encoded = new WeakMap<CachedPage, { plain: Buffer; gzip?: Buffer }>();
function bodyOf(page: CachedPage, gzip: boolean): Buffer {
  let bodies = encoded.get(page);
  if (!bodies) encoded.set(page, (bodies = { plain: Buffer.from(page.html) }));
  if (!gzip) return bodies.plain;
  return (bodies.gzip ??= gzipSync(bodies.plain, { level: 6 }));
}

// Headers of a non-200 render that describe how the renderer sent its body, not the body we send.
const HOP_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'connection'];

/**
 * A render that answered other than 200 (404 page, 503 page): its status, headers and body are read
 * once, here. Concurrent visitors of the same key share one render, and so this one error object:
 * it must hold plain values, never the Response (a body can be read only once).
 */
class RenderMiss extends Error {
  readonly headers: [string, string][];

  private constructor(
    readonly statusCode: number,
    headers: Headers,
    readonly body: string,
  ) {
    super(`render answered ${statusCode}`);
    this.headers = [...headers].filter(([name]) => !HOP_HEADERS.includes(name));
  }

  static async of(response: Response): Promise<RenderMiss> {
    return new RenderMiss(response.status, response.headers, await response.text());
  }
}

export default defineEventHandler(async (event) => {
  const rule = pageCacheRequest(event);
  if (!rule) return;
  const nitro = useNitroApp();
  let miss: RenderMiss | null = null;
  let rendered = false;
  try {
    const page = await useDataCache().get<CachedPage>(
      rule.key,
      { tags: rule.tags, maxAge: FRESH_MS, swr: SWR_MS },
      async () => {
        rendered = true;
        const response = await nitro.localFetch(rule.renderPath, {
          headers: { 'x-wd-render': RENDER_TOKEN, accept: 'text/html' },
        });
        if (response.status !== 200) throw (miss = await RenderMiss.of(response));
        const html = await response.text();
        const degraded = html.includes('data-lapak-unavailable');
        return { value: { html, csp: cspWithHashes(html) }, maxAge: degraded ? DEGRADED_MS : undefined };
      },
    );
    setResponseHeader(event, 'content-type', 'text/html;charset=utf-8');
    setResponseHeader(event, 'content-security-policy', page.csp);
    setResponseHeader(event, 'x-page-cache', rendered && !miss ? 'MISS' : 'HIT');
    setResponseHeader(event, 'vary', 'accept-encoding');
    const gzip = /\bgzip\b/.test(getHeader(event, 'accept-encoding') ?? '');
    if (gzip) setResponseHeader(event, 'content-encoding', 'gzip');
    return bodyOf(page, gzip);
  } catch (error) {
    const failed = (miss as RenderMiss | null) ?? (error instanceof RenderMiss ? error : null);
    if (!failed) return void ownRuntimeConfig(event); // let the renderer answer (and show its friendly error page)
    setResponseStatus(event, failed.statusCode);
    for (const [name, value] of failed.headers) setResponseHeader(event, name, value);
    return failed.body;
  }
});
