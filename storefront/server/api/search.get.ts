import type { SearchResult } from '#shared/types/pages';

const PRODUCTS_PER_PAGE = 24;
const ARTICLES_PER_PAGE = 12;

/**
 * Villages, news and products of the whole regency together, paged (products and news share the
 * page number; villages come whole on the first page). Each part degrades on its own.
 */
export default defineEventHandler(async (event): Promise<SearchResult> => {
  const q = textParam(getQuery(event).q, 100);
  const locale = localeOf(getQuery(event).locale);
  const page = pageParam(getQuery(event).page);
  const empty = { q, page, pageCount: 1, villages: [], articles: [], products: [], productCount: 0 };
  if (q.length < 2) return { ...empty, lapakAvailable: true };
  const key = `search:${locale}:${page}:${q.toLowerCase()}`;
  return cachedData(key, ['village', 'news', 'products'], async () => {
    const strapi = useStrapi();
    const [villages, articles, found] = await Promise.allSettled([
      page === 1 ? strapi.villages({ search: q }) : Promise.resolve([]),
      strapi.articles({ search: q, locale, page, pageSize: ARTICLES_PER_PAGE }),
      useMedusa().market({
        search: q,
        sort: 'relevance',
        limit: PRODUCTS_PER_PAGE,
        offset: (page - 1) * PRODUCTS_PER_PAGE,
      }),
    ]);
    if (villages.status === 'rejected' && articles.status === 'rejected') throw villages.reason;
    const productCount = found.status === 'fulfilled' ? found.value.count : 0;
    const articlePages = articles.status === 'fulfilled' ? articles.value.pageCount : 1;
    const value: SearchResult = {
      ...empty,
      pageCount: Math.max(1, articlePages, Math.ceil(productCount / PRODUCTS_PER_PAGE)),
      villages: villages.status === 'fulfilled' ? villages.value.slice(0, 48) : [],
      articles: articles.status === 'fulfilled' ? articles.value.items : [],
      products: found.status === 'fulfilled' ? found.value.products : [],
      productCount,
      lapakAvailable: found.status === 'fulfilled',
    };
    return { value, maxAge: found.status === 'fulfilled' ? 60_000 : DEGRADED_MS };
  }).catch((error) => {
    throw toHttpError(error);
  });
});
