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
import type { Lapak, ProductSummary } from './commerce';

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
  villages: (PlaceRef & { district: PlaceRef | null })[];
  articles: ArticleSummary[];
  products: ProductSummary[];
  lapakAvailable: boolean;
}
