import type { DistrictWithVillages } from '#shared/types/content';
import type { Lapak, MarketCategory } from '#shared/types/commerce';
import { MARKET_PAGE_SIZE, type MarketQuery } from '#shared/utils/market-query';
import { cachedData } from './data-cache';
import { useMedusa, type MarketRequest } from './medusa';
import { useStrapi } from './strapi';

/** Every kecamatan with its villages (the market's place filter), cached and purged like pages. */
export function allDistricts(): Promise<DistrictWithVillages[]> {
  return cachedData('districts', ['district', 'village'], async () => ({
    value: await useStrapi().districts(),
  }));
}

/**
 * The village slugs a market query covers (null: every village), and the query as it is shown:
 * a village outside the chosen kecamatan is dropped (the shopper changed the kecamatan after
 * the desa, so the kecamatan is the newer wish); an unknown place covers no village.
 */
export function resolvePlace(
  districts: DistrictWithVillages[],
  query: MarketQuery,
): { query: MarketQuery; villages: string[] | null } {
  const district = query.district ? districts.find((d) => d.slug === query.district) : undefined;
  if (query.district && !district) return { query, villages: [] };
  const places = district ? district.villages : districts.flatMap((d) => d.villages);
  if (query.village && places.some((v) => v.slug === query.village))
    return { query, villages: [query.village] };
  if (query.village && district) return resolvePlace(districts, { ...query, village: null });
  if (query.village) return { query, villages: [] };
  return { query, villages: district ? places.map((v) => v.slug) : null };
}

export interface MarketListing {
  lapak: Lapak;
  categories: MarketCategory[];
  pageCount: number;
}

/** A page of the market for the given villages (null: all), with the categories to filter by. */
export async function loadMarket(q: MarketQuery, villages: string[] | null): Promise<MarketListing> {
  if (villages && villages.length === 0) {
    return { lapak: { available: true, products: [], count: 0 }, categories: [], pageCount: 1 };
  }
  const medusa = useMedusa();
  const request: MarketRequest = {
    villages: villages ?? undefined,
    category: q.category ?? undefined,
    producer: q.producer ?? undefined,
    minPrice: q.minPrice ?? undefined,
    maxPrice: q.maxPrice ?? undefined,
    inStock: q.inStock,
    sort: q.sort,
    limit: MARKET_PAGE_SIZE,
    offset: (q.page - 1) * MARKET_PAGE_SIZE,
  };
  const [page, categories] = await Promise.all([
    medusa.market(request),
    medusa.marketCategories(villages ?? undefined),
  ]);
  return {
    lapak: { available: true, products: page.products, count: page.count },
    categories,
    pageCount: Math.max(1, Math.ceil(page.count / MARKET_PAGE_SIZE)),
  };
}
