// Which rendered pages may be cached as whole HTML, under which key and purge tags.
// Pages that depend on the visitor (cart, checkout, orders, search) are never cached.
import { marketQueryString, parseMarketQuery } from '#shared/utils/market-query';
import { districtTag, isSlug, productsTag, SLUG_SOURCE, villageTag } from '@webdesaku/contracts';

const SLUG = `(${SLUG_SOURCE})`;
const PREFIX = '(?:/en)?';

const RULES: { pattern: RegExp; tags: (slug: string) => string[] }[] = [
  { pattern: new RegExp(`^${PREFIX}/?$`), tags: () => ['portal', 'village', 'district', 'news', 'products'] },
  {
    pattern: new RegExp(`^${PREFIX}/desa/${SLUG}(?:/[a-z0-9/-]*)?$`),
    tags: (slug) => [villageTag(slug), productsTag(slug), 'news'],
  },
  { pattern: new RegExp(`^${PREFIX}/lapak/?$`), tags: () => ['products', 'village', 'district'] },
  {
    pattern: new RegExp(`^${PREFIX}/kecamatan/${SLUG}$`),
    tags: (slug) => [districtTag(slug), 'village', 'news', 'products'],
  },
];

export interface PageCacheRule {
  key: string;
  tags: string[];
  /**
   * The URL the cached page is rendered from: the path and only the parameters of the key. The
   * page is shared by everyone asking with other parameters, so it must not print theirs (pager and
   * language links would carry the first visitor's `?utm_…=` or worse to every later visitor).
   */
  renderPath: string;
}

/** null when the request must be rendered fresh (not a cacheable page, or it carries a one-off message). */
export function pageCacheRule(path: string): PageCacheRule | null {
  const [pathname = '', search = ''] = path.split('?');
  if (pathname.length > 300) return null;
  const query = new URLSearchParams(search);
  if (query.has('galat')) return null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(pathname);
    if (!match) continue;
    // A slug past its length is no village's page: rendered (a 404), never cached.
    if (match[1] !== undefined && !isSlug(match[1])) return null;
    // The parameters a page reads (pager, order, market filters), as the page itself reads them:
    // `?page=01`, `?page=abc` or a mistyped price are the same page, not one cache entry each.
    const params = new URLSearchParams(
      marketQueryString(parseMarketQuery(Object.fromEntries(query))),
    ).toString();
    const renderPath = `${pathname.replace(/\/$/, '') || '/'}${params ? `?${params}` : ''}`;
    return { key: `page:${renderPath}`, tags: rule.tags(match[1] ?? ''), renderPath };
  }
  return null;
}
