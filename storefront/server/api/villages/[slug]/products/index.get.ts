import type { ProducerProfile } from '#shared/types/commerce';
import type { VillageLapakPage } from '#shared/types/pages';
import { marketQueryString, parseMarketQuery } from '#shared/utils/market-query';
import { productsTag, villageTag } from '@webdesaku/contracts';

/**
 * The village's lapak: Strapi gives the header, Medusa the products (the regency market's route,
 * for this village alone: the same filters, and a producer's products); Medusa down → unavailable.
 */
export default defineEventHandler(async (event): Promise<VillageLapakPage> => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const locale = localeOf(getQuery(event).locale);
  const query = { ...parseMarketQuery(getQuery(event)), district: null, village: slug };
  const key = `lapak:${slug}:${locale}:${new URLSearchParams(marketQueryString(query))}`;
  try {
    return await cachedData(key, [villageTag(slug), productsTag(slug)], async () => {
      const market = loadMarket(query, [slug]);
      const producers = useMedusa()
        .producers(slug)
        .catch(() => [] as ProducerProfile[]);
      const merged = await mergeWithLapak(
        villagePage(slug, locale).then((p) => ({ village: p.village })),
        market.then((m) => m.lapak),
      );
      const listing = await market.catch(() => null);
      return {
        ...merged,
        value: {
          village: merged.value.village,
          lapak: merged.value.lapak,
          categories: listing?.categories ?? [],
          producers: await producers,
          query,
          pageCount: listing?.pageCount ?? 1,
        },
      };
    });
  } catch (error) {
    throw toHttpError(error, 'Desa');
  }
});
