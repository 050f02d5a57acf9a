import type { PortalPage } from '#shared/types/pages';
import type { Lapak } from '#shared/types/commerce';

/** Featured products: a few from each of the first villages with a shop, fetched in parallel. */
async function featured(): Promise<Lapak> {
  const medusa = useMedusa();
  const villages = (await medusa.villages()).filter((v) => v.active && v.publishableKey).slice(0, 6);
  const lists = await Promise.allSettled(
    villages.map((v) => medusa.products(v.publishableKey!, v.slug, { limit: 2 })),
  );
  const products = lists.flatMap((l) => (l.status === 'fulfilled' ? l.value.products : []));
  return { available: villages.length === 0 || products.length > 0, products, count: products.length };
}

export default defineEventHandler(async (event): Promise<PortalPage> => {
  const locale = localeOf(getQuery(event).locale);
  try {
    return await cachedData(`portal:${locale}`, ['portal', 'village', 'district', 'news', 'products'], () => {
      const strapi = useStrapi();
      const content = Promise.all([strapi.districts(), strapi.articles({ locale, pageSize: 6 })]).then(
        ([districts, news]) => ({ districts, articles: news.items }),
      );
      return mergeWithLapak(content, featured());
    });
  } catch (error) {
    throw toHttpError(error);
  }
});
