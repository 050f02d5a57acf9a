import { cspWithHashes } from './csp';
import { DEGRADED_MS, FRESH_MS, SWR_MS, useDataCache } from './data-cache';
import { RENDER_TOKEN } from './page-cache-request';
import { pageCacheRule, type PageCacheRule } from './page-cache-rules';
import { specificTags, type CacheOptions, type CacheState } from './tagged-cache';

// Whole-page HTML cache in front of the renderer (same tagged cache and purges as the data). An
// edit purges a page; visitors keep getting the purged page for at most PURGED_STALE_MS while one
// background render replaces it, so nobody waits for a render after a publish. The purged
// village's own pages are rendered again at once (`renderPurgedPages`).

export interface CachedPage {
  html: string;
  csp: string;
}

/** How long after a purge a page may still be served while its new render is under way. */
export const PURGED_STALE_MS = 30_000;

// Headers of a non-200 render that describe how the renderer sent its body, not the body we send.
const HOP_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding', 'connection'];

/**
 * A render that answered other than 200 (404 page, 503 page): its status, headers and body are read
 * once, here. Concurrent visitors of the same key share one render, and so this one error object:
 * it must hold plain values, never the Response (a body can be read only once).
 */
export class RenderMiss extends Error {
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

const pageOptions = (rule: PageCacheRule): CacheOptions => ({
  tags: rule.tags,
  maxAge: FRESH_MS,
  swr: SWR_MS,
  purgedStaleMs: PURGED_STALE_MS,
  remember: true,
});

/** Renders the page through Nitro itself (no network hop); a non-200 answer is thrown as RenderMiss. */
async function renderPage(rule: PageCacheRule) {
  const response = await useNitroApp().localFetch(rule.renderPath, {
    headers: { 'x-wd-render': RENDER_TOKEN, accept: 'text/html' },
  });
  if (response.status !== 200) throw await RenderMiss.of(response);
  const html = await response.text();
  const degraded = html.includes('data-lapak-unavailable');
  return { value: { html, csp: cspWithHashes(html) }, maxAge: degraded ? DEGRADED_MS : undefined };
}

/** The page for a visitor, and whether it came from the cache, stale, or was rendered for them. */
export function cachedPage(rule: PageCacheRule): Promise<{ value: CachedPage; state: CacheState }> {
  return useDataCache().read<CachedPage>(rule.key, pageOptions(rule), () => renderPage(rule));
}

/** Pages rendered again per purge; more (a crawler's pager and filter pages) wait for their next visitor. */
const MAX_RENDERS_PER_PURGE = 200;

const queue = new Set<string>();
let draining = false;

/**
 * Renders again, one at a time in the background, the cached pages of the purged villages and
 * kecamatan (`village:anjun` → Anjun's pages), so their next visitor finds them fresh. Pages
 * that carry only a family (`news`, `portal`, `products`: the portal, /lapak, every village's
 * news box) are many and shared: they are rendered again when next asked, that visitor still
 * getting the purged page at once. Answers how many pages were queued.
 */
export async function renderPurgedPages(tags: string[]): Promise<number> {
  const specific = specificTags(tags);
  if (!specific.length) return 0;
  const keys = (await useDataCache().keysTagged(specific))
    .filter((key) => key.startsWith('page:'))
    .slice(0, MAX_RENDERS_PER_PURGE);
  for (const key of keys) queue.add(key);
  if (!draining) void drain();
  return keys.length;
}

async function drain() {
  draining = true;
  try {
    for (const key of queue) {
      queue.delete(key);
      const rule = pageCacheRule(key.slice('page:'.length));
      if (rule?.key === key)
        await useDataCache().refreshIfStale(key, pageOptions(rule), () => renderPage(rule));
    }
  } finally {
    draining = false;
  }
}
