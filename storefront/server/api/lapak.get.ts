import type { MarketPage } from '#shared/types/pages';
import { marketQueryString, parseMarketQuery } from '#shared/utils/market-query';

/**
 * The regency market: every open village shop's products, filtered by kecamatan → desa, category,
 * price and stock. Without Medusa the page still shows its filters, with the lapak marked
 * unavailable; without Strapi the place filter is empty and a place asked for finds nothing.
 */
export default defineEventHandler(async (event): Promise<MarketPage> => {
  const asked = parseMarketQuery(getQuery(event));
  const key = new URLSearchParams(marketQueryString(asked)).toString();
  return cachedData(`market:${key}`, ['products', 'village', 'district'], async () => {
    const districts = await allDistricts().catch((error) => {
      console.warn(`[storefront] market place filter unavailable: ${String(error)}`);
      return null;
    });
    const { query, villages } = resolvePlace(districts ?? [], asked);
    const listing = await loadMarket(query, villages).catch((error) => {
      console.warn(`[storefront] lapak unavailable: ${String(error)}`);
      return null;
    });
    const value: MarketPage = {
      query,
      districts: districts ?? [],
      categories: listing?.categories ?? [],
      lapak: listing?.lapak ?? UNAVAILABLE,
      pageCount: listing?.pageCount ?? 1,
    };
    return { value, maxAge: districts && listing ? undefined : DEGRADED_MS };
  });
});
