import type { PortalPage } from '#shared/types/pages';
import type { Lapak } from '#shared/types/commerce';

/**
 * Featured products of the whole regency: the day's rotation over every open shop (in stock
 * first), so each village gets its turn on the front page instead of the first names in the list.
 */
async function featured(): Promise<Lapak> {
  const { products, count } = await useMedusa().market({ sort: 'daily', limit: 8, offset: 0 });
  return { available: true, products, count };
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
