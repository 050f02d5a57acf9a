// View models the pages render. Backend shapes never leak past server/utils mappers.

export interface Media {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** the resized versions Strapi made, up to the size asked for (`url 500w, …`): a phone picks the smallest that fits */
  srcset?: string;
}

/** Strapi `blocks` rich text, narrowed to what we render (as text nodes, never HTML). */
export type InlineNode =
  | {
      type: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      strikethrough?: boolean;
      code?: boolean;
    }
  | { type: 'link'; url: string; children: InlineNode[] };

export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: number; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItem[] }
  | { type: 'image'; image: Media };

export interface ListItem {
  type: 'list-item';
  children: InlineNode[];
}

export interface PlaceRef {
  slug: string;
  name: string;
}

export interface VillageProfile extends PlaceRef {
  district: PlaceRef | null;
  logo: Media | null;
  cover: Media | null;
  headName: string | null;
  headTitle: string | null;
  summary: string;
  profile: Block[];
  visionMission: Block[];
  history: Block[];
  whatsapp: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface Official {
  name: string;
  position: string;
  photo: Media | null;
}

export interface ArticleSummary {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string | null;
  cover: Media | null;
  village: PlaceRef | null;
}

export interface Article extends ArticleSummary {
  body: Block[];
  author: string | null;
  /** The language of this text (an English page shows the Indonesian one until translated). */
  locale: 'id' | 'en';
  /** Its slug in each language it is published in. */
  slugs: { id?: string; en?: string };
}

export interface Announcement {
  id: string;
  title: string;
  body: Block[];
  validUntil: string | null;
}

export interface AgendaEvent {
  id: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  description: Block[];
}

export interface Potential {
  id: string;
  title: string;
  category: string | null;
  summary: string;
  image: Media | null;
}

export interface PopulationGroup {
  label: string;
  male: number;
  female: number;
}

export interface PopulationStat {
  year: number | null;
  total: number | null;
  households: number | null;
  groups: PopulationGroup[];
}

export interface BudgetLine {
  kind: string;
  planned: number;
  realized: number;
}

export interface BudgetSummary {
  year: number | null;
  lines: BudgetLine[];
  items?: (BudgetLine & { name: string })[];
  document: string | null;
}

export interface VillageService {
  id: string;
  title: string;
  description: Block[];
  requirements: Block[];
}

export interface VillageDocument {
  id: string;
  title: string;
  description: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface DistrictWithVillages extends PlaceRef {
  villages: PlaceRef[];
}
