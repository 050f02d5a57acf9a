import { randomUUID } from 'node:crypto';
import type { H3Event } from 'h3';
import { decodePath } from 'ufo';
import { useStorefrontConfig } from './config';
import { pageCacheRule, type PageCacheRule } from './page-cache-rules';

// Only the renderer's own internal calls carry this process's token, so visitors cannot force
// uncached renders.
export const RENDER_TOKEN = randomUUID();

/**
 * The whole-page cache rule for a visitor's request, or null when it must be rendered fresh.
 * Asked before Nitro's app decodes the path, so it decodes it as the app would: `/desa/an%6Aun`
 * is Anjun's cached page, not a way around the cache.
 */
export function pageCacheRequest(event: H3Event): PageCacheRule | null {
  const visitor = event.method === 'GET' && event.node.req.headers['x-wd-render'] !== RENDER_TOKEN;
  if (!visitor || !useStorefrontConfig().pageCache) return null;
  const query = event.path.indexOf('?');
  const pathname = query < 0 ? event.path : event.path.slice(0, query);
  // Only the path, as the app decodes it; the query is decoded once, by the rule's URLSearchParams.
  if (!pathname.includes('%')) return pageCacheRule(event.path);
  const decoded = decodePath(pathname);
  // An encoded "?" is part of the path, and no page has one: rendered (a 404), never cached.
  if (decoded.includes('?')) return null;
  return pageCacheRule(decoded + event.path.slice(pathname.length));
}
