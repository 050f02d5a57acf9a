import type {
  AgendaEvent,
  Announcement,
  ArticleSummary,
  BudgetSummary,
  DistrictWithVillages,
  Official,
  PlaceRef,
  PopulationStat,
  Potential,
  VillageProfile,
} from './content';
import type { Lapak, MarketCategory, ProducerProfile, ProductSummary } from './commerce';
import type { MarketQuery } from '../utils/market-query';

export interface VillagePage {
  village: VillageProfile;
  officials: Official[];
  articles: ArticleSummary[];
  announcements: Announcement[];
  events: AgendaEvent[];
  potentials: Potential[];
  population: PopulationStat | null;
  budget: BudgetSummary | null;
  lapak: Lapak;
}

export interface PortalPage {
  districts: DistrictWithVillages[];
  articles: ArticleSummary[];
  lapak: Lapak;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface SearchResult {
  q: string;
  page: number;
  /** Pages of products or news, whichever has more. */
  pageCount: number;
  villages: (PlaceRef & { district: PlaceRef | null })[];
  articles: ArticleSummary[];
  products: ProductSummary[];
  /** Products found in the whole regency, over every page. */
  productCount: number;
  lapakAvailable: boolean;
}

/** The regency market page (`/lapak`), and the market part of a kecamatan page. */
export interface MarketPage {
  query: MarketQuery;
  /** Every kecamatan with its villages: the place filter. */
  districts: DistrictWithVillages[];
  categories: MarketCategory[];
  lapak: Lapak;
  pageCount: number;
}

/** A kecamatan: its villages, their news, and the market of its villages. */
export type DistrictPage = { district: DistrictWithVillages; articles: ArticleSummary[] } & Omit<
  MarketPage,
  'districts'
>;

/** A village's own lapak: its header, its products with the market's filters, its producers. */
export interface VillageLapakPage {
  village: VillageProfile;
  lapak: Lapak;
  categories: MarketCategory[];
  producers: ProducerProfile[];
  query: MarketQuery;
  pageCount: number;
}
