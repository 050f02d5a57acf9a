import type { DistrictPage } from '#shared/types/pages';
import { marketQueryString, parseMarketQuery } from '#shared/utils/market-query';
import { districtTag } from '@webdesaku/contracts';

/** A kecamatan: its villages, their news, and the market of its villages with the /lapak filters. */
export default defineEventHandler(async (event): Promise<DistrictPage> => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Kecamatan');
  const locale = localeOf(getQuery(event).locale);
  const asked = { ...parseMarketQuery(getQuery(event)), district: slug };
  const key = new URLSearchParams(marketQueryString(asked)).toString();
  try {
    return await cachedData(
      `district:${locale}:${key}`,
      [districtTag(slug), 'village', 'news', 'products'],
      async () => {
        const strapi = useStrapi();
        const [district] = await strapi.districts(slug);
        if (!district) throw notFound('Kecamatan');
        const { query, villages } = resolvePlace([district], asked);
        const content = strapi
          .articles({ district: slug, locale, pageSize: 6 })
          .then((news) => ({ district, articles: news.items }));
        const market = loadMarket(query, villages);
        const merged = await mergeWithLapak(
          content,
          market.then((m) => m.lapak),
        );
        const listing = await market.catch(() => null);
        return {
          ...merged,
          value: {
            ...merged.value,
            query,
            categories: listing?.categories ?? [],
            pageCount: listing?.pageCount ?? 1,
          },
        };
      },
    );
  } catch (error) {
    throw toHttpError(error, 'Kecamatan');
  }
});
