import { isSlug } from '@webdesaku/contracts';
/** How a shopper orders the regency market (`relevance` only means something with a search). */
export const MARKET_SORTS = ['newest', 'price_asc', 'price_desc', 'title'] as const;
export type MarketSort = (typeof MARKET_SORTS)[number] | 'relevance';

export const MARKET_PAGE_SIZE = 24;
// What Medusa's market route accepts (plugins/medusa-plugin-webdesaku, api/webdesaku/products).
const MAX_RUPIAH = 1_000_000_000;
const HANDLE = /^[a-z0-9-]{1,100}$/;
// A producer's id as Medusa makes it (`prdc_` and a ULID).
const PRODUCER = /^prdc_[0-9A-HJKMNP-TV-Z]{26}$/;

/** What a /lapak (or kecamatan) page shows, read from its URL. */
export interface MarketQuery {
  district: string | null;
  village: string | null;
  category: string | null;
  /** A producer (pelapak) of the village, on a village's own lapak. */
  producer: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
  sort: MarketSort;
  page: number;
}

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (value: unknown, valid: RegExp | ((v: string) => boolean)) => {
  const v = one(value);
  if (typeof v !== 'string') return null;
  return (typeof valid === 'function' ? valid(v) : valid.test(v)) ? v : null;
};
const rupiah = (value: unknown) => {
  const v = one(value);
  if (typeof v !== 'string' || !/^\d{1,10}$/.test(v.replace(/\./g, ''))) return null;
  return Math.min(Number(v.replace(/\./g, '')), MAX_RUPIAH); // "15.000" as a shopper writes it
};

/**
 * The market filters of a URL's query. A filter the shopper mistyped (a price with letters, an
 * unknown order) is left out rather than refused: the page still shows the rest of the market.
 */
export function parseMarketQuery(query: Record<string, unknown>): MarketQuery {
  const sort = one(query.sort);
  const page = Number(one(query.page));
  return {
    district: text(query.district, isSlug),
    village: text(query.village, isSlug),
    category: text(query.category, HANDLE),
    producer: text(query.producer, PRODUCER),
    minPrice: rupiah(query.min_price),
    maxPrice: rupiah(query.max_price),
    inStock: one(query.in_stock) === '1',
    sort: (MARKET_SORTS as readonly string[]).includes(sort as string) ? (sort as MarketSort) : 'newest',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 500) : 1,
  };
}

/** The URL query of a market query: only what differs from the defaults, in a stable order. */
export function marketQueryString(q: MarketQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.page > 1) out.page = String(q.page);
  if (q.sort !== 'newest') out.sort = q.sort;
  if (q.category) out.category = q.category;
  if (q.district) out.district = q.district;
  if (q.village) out.village = q.village;
  if (q.producer) out.producer = q.producer;
  if (q.minPrice !== null) out.min_price = String(q.minPrice);
  if (q.maxPrice !== null) out.max_price = String(q.maxPrice);
  if (q.inStock) out.in_stock = '1';
  return out;
}
