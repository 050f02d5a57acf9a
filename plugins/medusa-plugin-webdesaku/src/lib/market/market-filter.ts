/** How the regency market is ordered; every order puts products in stock first. */
export const MARKET_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'title', 'daily'] as const;
export type MarketSort = (typeof MARKET_SORTS)[number];

/** What a shopper may narrow the regency market by; every field is optional. */
export interface MarketFilter {
  /** Words of a search (lib/market/search-terms.ts). */
  terms: string[];
  /** Village slugs (a kecamatan's villages, or one village). */
  villages?: string[];
  /** A product category's handle. */
  category?: string;
  /** One product by its handle (a product page asking for its producer). */
  handle?: string;
  /** Only these products (a producer's). */
  productIds?: string[];
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: MarketSort;
  limit: number;
  offset: number;
  /** Seeds the `daily` order, so the featured products change once a day, not on every request. */
  day?: string;
}
