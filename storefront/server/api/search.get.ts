import type { SearchResult } from '#shared/types/pages';

/** Villages, news and products together; each part degrades on its own. */
export default defineEventHandler(async (event): Promise<SearchResult> => {
  const q = textParam(getQuery(event).q, 100);
  const locale = localeOf(getQuery(event).locale);
  if (q.length < 2) return { q, villages: [], articles: [], products: [], lapakAvailable: true };
  return cachedData(`search:${locale}:${q.toLowerCase()}`, ['village', 'news', 'products'], async () => {
    const strapi = useStrapi();
    const medusa = useMedusa();
    const products = medusa.villages().then(async (villages) => {
      const shops = villages.filter((v) => v.active && v.publishableKey).slice(0, 20);
      const lists = await Promise.allSettled(
        shops.map((v) => medusa.products(v.publishableKey!, v.slug, { search: q, limit: 4 })),
      );
      return lists.flatMap((l) => (l.status === 'fulfilled' ? l.value.products : [])).slice(0, 24);
    });
    const [villages, articles, found] = await Promise.allSettled([
      strapi.villages({ search: q }),
      strapi.articles({ search: q, locale, pageSize: 12 }),
      products,
    ]);
    if (villages.status === 'rejected' && articles.status === 'rejected') throw villages.reason;
    const value: SearchResult = {
      q,
      villages: villages.status === 'fulfilled' ? villages.value.slice(0, 24) : [],
      articles: articles.status === 'fulfilled' ? articles.value.items : [],
      products: found.status === 'fulfilled' ? found.value : [],
      lapakAvailable: found.status === 'fulfilled',
    };
    return { value, maxAge: found.status === 'fulfilled' ? 60_000 : DEGRADED_MS };
  }).catch((error) => {
    throw toHttpError(error);
  });
});
