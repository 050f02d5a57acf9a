import { randomUUID } from 'node:crypto';
import type { H3Event } from 'h3';
import { useStorefrontConfig } from './config';
import { pageCacheRule, type PageCacheRule } from './page-cache-rules';

// Only the renderer's own internal calls carry this process's token, so visitors cannot force
// uncached renders.
export const RENDER_TOKEN = randomUUID();

/**
 * The whole-page cache rule for a visitor's request, or null when it must be rendered fresh.
 * Asked by the early runtime-config hook and by the page-cache middleware: decided once per request.
 */
export function pageCacheRequest(event: H3Event): PageCacheRule | null {
  if (event.context.pageCacheRule !== undefined) return event.context.pageCacheRule;
  const visitor = event.method === 'GET' && event.node.req.headers['x-wd-render'] !== RENDER_TOKEN;
  const rule = visitor && useStorefrontConfig().pageCache ? pageCacheRule(event.path) : null;
  event.context.pageCacheRule = rule;
  return rule;
}
