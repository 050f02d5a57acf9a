import { gzipSync } from 'node:zlib';
import type { H3Event } from 'h3';
import { ownRuntimeConfig } from '../early/runtime-config';
import { cachedPage, RenderMiss, type CachedPage } from '../utils/page-cache';
import { pageCacheRequest } from '../utils/page-cache-request';

/** A body and its status-200 headers as Node's flat `[name, value, …]` list, `x-page-cache` still to add. */
interface Encoded {
  body: Buffer;
  headers: string[];
}

interface Ready {
  /** The headers every encoding shares. */
  base: string[];
  plain: Encoded;
  gzip?: Encoded;
}

// Encoded (and compressed) once per cached page object, with its headers: memory storage hands
// back the same object on each hit, so a hit writes ready bytes instead of encoding 40–50 KB of
// HTML again.
const ready = new WeakMap<CachedPage, Ready>();

// Headers written at once (writeHead) are final: Node cannot add the length when the body comes,
// and would send it chunked (or, to an HTTP/1.0 proxy, close the connection to end it).
const lengthOf = (body: Buffer | string) => ['content-length', String(Buffer.byteLength(body))];

function readyOf(event: H3Event, page: CachedPage, gzip: boolean): Encoded {
  let entry = ready.get(page);
  if (!entry) {
    // The headers the route rules give this path (the security headers of nuxt.config), as
    // Nitro's own route-rules handler would set them, then the page's own.
    const base = Object.entries({
      ...(getRouteRules(event).headers ?? {}),
      'content-type': 'text/html;charset=utf-8',
      'content-security-policy': page.csp,
      vary: 'accept-encoding',
    }).flat();
    const body = Buffer.from(page.html);
    entry = { base, plain: { body, headers: [...base, ...lengthOf(body)] } };
    ready.set(page, entry);
  }
  if (!gzip) return entry.plain;
  if (!entry.gzip) {
    const body = gzipSync(entry.plain.body, { level: 6 });
    entry.gzip = { body, headers: [...entry.base, ...lengthOf(body), 'content-encoding', 'gzip'] };
  }
  return entry.gzip;
}

/**
 * Answers a visitor's cacheable page from the page cache (utils/page-cache.ts) before Nitro's
 * app runs, or says it did not (false). `x-page-cache` tells how: HIT, STALE (a purged or old
 * page, its new render under way behind) or MISS (rendered for this visitor, through the whole
 * app). While Strapi is down the last good HTML keeps being served.
 */
async function answerFromPageCache(event: H3Event): Promise<boolean> {
  const rule = pageCacheRequest(event);
  if (!rule) return false;
  try {
    const { value: page, state } = await cachedPage(rule);
    const gzip = /\bgzip\b/.test(event.node.req.headers['accept-encoding'] ?? '');
    const { body, headers } = readyOf(event, page, gzip);
    event.node.res.writeHead(200, [...headers, 'x-page-cache', state.toUpperCase()]);
    event.node.res.end(body);
    return true;
  } catch (error) {
    if (!(error instanceof RenderMiss)) {
      // Let the renderer answer (and show its friendly error page), with its own runtime config.
      ownRuntimeConfig(event);
      return false;
    }
    event.node.res.writeHead(error.statusCode, [...error.headers.flat(), ...lengthOf(error.body)]);
    event.node.res.end(error.body);
    return true;
  }
}

/**
 * The page cache answers before Nitro's app: a hit skips its request hooks (locale detection,
 * the per-request fetch helpers), the route-rules matching and the middleware chain, which took
 * a third of a cached page's cost (BENCHMARKS.md, issue 16). Everything else, and every page
 * the cache does not answer, goes through the app as before.
 */
export default defineNitroPlugin((nitro) => {
  const app = nitro.h3App;
  const next = app.handler;
  app.handler = defineEventHandler(async (event) =>
    (await answerFromPageCache(event)) ? undefined : next(event),
  );
});
