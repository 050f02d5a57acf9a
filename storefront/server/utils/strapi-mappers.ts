import type {
  AgendaEvent,
  Announcement,
  Article,
  ArticleSummary,
  Block,
  BudgetSummary,
  DistrictWithVillages,
  Media,
  Official,
  PlaceRef,
  PopulationStat,
  Potential,
  VillageDocument,
  VillageProfile,
  VillageService,
} from '#shared/types/content';
import { arr, first, num, obj, str, type Raw } from './raw';
import { normalizeBlocks, blocksToText } from '#shared/utils/blocks';
import { cmsMediaUrl } from './media-url';

export type MediaSize = 'thumbnail' | 'small' | 'medium' | 'large' | 'original';
const SIZES: MediaSize[] = ['thumbnail', 'small', 'medium', 'large'];

/**
 * Strapi media; `size` is the largest version offered: it is the `src` (the original when Strapi
 * made no such format), and `srcset` offers it with every smaller format, so a phone downloads
 * and decodes the smallest that fits. Cards ask for `small` (500 px): larger card pictures were
 * the village page's main cost in Lighthouse's blocking time on a mid-range phone.
 * A replaced file keeps its URL in Strapi, so the URL carries a version from `updatedAt`:
 * that lets the media proxy cache it as immutable.
 */
export function mapMedia(value: unknown, size: MediaSize = 'original'): Media | null {
  const media = obj(value) ?? obj(obj(value)?.data);
  const formats = obj(media?.formats);
  const format = size === 'original' ? null : obj(formats?.[size]);
  const chosen = format && str(format, 'url') ? format : media;
  const url = str(chosen, 'url');
  if (!media || !url) return null;
  const version = mediaVersion(str(media, 'updatedAt', 'hash'));
  const largest = num(chosen, 'width') ?? Infinity;
  const candidates = [...SIZES.map((name) => obj(formats?.[name])), media]
    .map((f) => ({ url: str(f, 'url'), width: num(f, 'width') }))
    .filter((f): f is { url: string; width: number } => !!f.url && !!f.width)
    .filter((f) => f.width <= largest)
    .sort((a, b) => a.width - b.width)
    .filter((f, i, all) => i === 0 || f.width !== all[i - 1]!.width);
  return {
    url: cmsMediaUrl(url, version),
    alt: str(media, 'alternativeText', 'caption') ?? '',
    width: num(chosen, 'width'),
    height: num(chosen, 'height'),
    srcset:
      candidates.length > 1
        ? candidates.map((f) => `${cmsMediaUrl(f.url, version)} ${f.width}w`).join(', ')
        : undefined,
  };
}

/** A short, URL-safe stamp of a media file's last change. */
function mediaVersion(stamp: string | null | undefined): string | undefined {
  if (!stamp) return undefined;
  let hash = 0;
  for (let i = 0; i < stamp.length; i++) hash = (hash * 31 + stamp.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}

export function mapPlace(value: unknown): PlaceRef | null {
  const place = obj(value) ?? obj(obj(value)?.data);
  const slug = str(place, 'slug');
  const name = str(place, 'name', 'title');
  return slug && name ? { slug, name } : null;
}

const blocks = (source: Raw | null, ...keys: string[]): Block[] =>
  normalizeBlocks(first(source, ...keys), cmsMediaUrl);

export function mapVillage(raw: Raw): VillageProfile {
  const profile = blocks(raw, 'profile', 'description', 'body');
  return {
    slug: str(raw, 'slug') ?? '',
    name: str(raw, 'name') ?? '',
    district: mapPlace(first(raw, 'district', 'kecamatan')),
    logo: mapMedia(raw.logo, 'thumbnail'),
    cover: mapMedia(first(raw, 'cover', 'coverImage', 'banner'), 'large'),
    headName: str(raw, 'headName', 'headOfVillage', 'kepalaDesa'),
    headTitle: str(raw, 'headTitle') ?? null,
    summary: str(raw, 'description', 'summary') ?? blocksToText(profile).slice(0, 280),
    profile,
    visionMission: blocks(raw, 'visionMission'),
    history: blocks(raw, 'history', 'sejarah'),
    whatsapp: str(raw, 'whatsapp', 'whatsApp'),
    phone: str(raw, 'phone', 'telephone'),
    email: str(raw, 'email'),
    address: str(raw, 'address', 'officeAddress'),
  };
}

export function mapOfficial(raw: Raw): Official {
  return {
    name: str(raw, 'name') ?? '',
    position: str(raw, 'position', 'title', 'role') ?? '',
    photo: mapMedia(raw.photo, 'thumbnail'),
  };
}

export function mapArticleSummary(raw: Raw): ArticleSummary {
  return {
    slug: str(raw, 'slug') ?? String(raw.documentId ?? raw.id ?? ''),
    title: str(raw, 'title') ?? '',
    excerpt: str(raw, 'excerpt', 'summary') ?? blocksToText(blocks(raw, 'body', 'content')).slice(0, 200),
    publishedAt: str(raw, 'publishedAt', 'date', 'createdAt'),
    cover: mapMedia(first(raw, 'cover', 'image'), 'small'),
    village: mapPlace(raw.village),
  };
}

export function mapArticle(raw: Raw): Article {
  // Its slug in each language it is published in (its localizations, then this one: its own wins).
  const slugs: Article['slugs'] = {};
  for (const version of [...arr(raw.localizations), raw]) {
    const code = str(version, 'locale');
    const slug = str(version, 'slug');
    if ((code === 'id' || code === 'en') && slug) slugs[code] = slug;
  }
  return {
    ...mapArticleSummary(raw),
    cover: mapMedia(first(raw, 'cover', 'image'), 'large'), // the article's own page: full width
    body: blocks(raw, 'body', 'content'),
    author: str(raw, 'author', 'authorName'),
    locale: str(raw, 'locale') === 'en' ? 'en' : 'id',
    slugs,
  };
}

export function mapAnnouncement(raw: Raw): Announcement {
  return {
    id: String(raw.documentId ?? raw.id ?? ''),
    title: str(raw, 'title') ?? '',
    body: blocks(raw, 'body', 'content'),
    validUntil: str(raw, 'validUntil', 'endsAt', 'expiresAt'),
  };
}

export function mapEvent(raw: Raw): AgendaEvent {
  return {
    id: String(raw.documentId ?? raw.id ?? ''),
    title: str(raw, 'title') ?? '',
    startsAt: str(raw, 'startsAt', 'startAt', 'start', 'date'),
    endsAt: str(raw, 'endsAt', 'endAt', 'end'),
    location: str(raw, 'place', 'location'),
    description: blocks(raw, 'description', 'body'),
  };
}

export function mapPotential(raw: Raw): Potential {
  return {
    id: String(raw.documentId ?? raw.id ?? ''),
    title: str(raw, 'title', 'name') ?? '',
    category: str(raw, 'category', 'kind'),
    summary: str(raw, 'summary', 'excerpt') ?? blocksToText(blocks(raw, 'body', 'description')).slice(0, 200),
    image: mapMedia(arr(raw.images)[0] ?? first(raw, 'image', 'cover'), 'small'),
  };
}

export function mapStatistic(raw: Raw | null): PopulationStat | null {
  if (!raw) return null;
  const groups = arr(first(raw, 'byAgeGroup', 'groups')).map((g) => ({
    label: str(g, 'label', 'ageGroup', 'group', 'name') ?? '',
    male: num(g, 'male', 'men', 'lakiLaki') ?? 0,
    female: num(g, 'female', 'women', 'perempuan') ?? 0,
  }));
  const male = num(raw, 'populationMale');
  const female = num(raw, 'populationFemale');
  const total =
    male !== null || female !== null ? (male ?? 0) + (female ?? 0) : num(raw, 'population', 'total');
  return { year: num(raw, 'year'), total, households: num(raw, 'households'), groups };
}

export function mapBudget(raw: Raw | null): BudgetSummary | null {
  if (!raw) return null;
  const lines = arr(first(raw, 'totals', 'lines')).map((line) => ({
    kind: capitalize(str(line, 'kind', 'label', 'name', 'category') ?? ''),
    planned: num(line, 'planned', 'plan', 'budgeted', 'anggaran') ?? 0,
    realized: num(line, 'realized', 'realization', 'realisasi') ?? 0,
  }));
  return {
    year: num(raw, 'year', 'fiscalYear'),
    lines,
    document: mapMedia(first(raw, 'report', 'document'))?.url ?? null,
  };
}

export function mapService(raw: Raw): VillageService {
  return {
    id: String(raw.documentId ?? raw.id ?? ''),
    title: str(raw, 'title', 'name') ?? '',
    description: blocks(raw, 'steps', 'description'),
    requirements: blocks(raw, 'requirements'),
  };
}

export function mapDocument(raw: Raw): VillageDocument {
  return {
    id: String(raw.documentId ?? raw.id ?? ''),
    title: str(raw, 'title', 'name') ?? '',
    description: str(raw, 'description'),
    url: mapMedia(first(raw, 'file', 'document'))?.url ?? null,
    publishedAt: str(raw, 'publishedDate', 'publishedAt'),
  };
}

/** Districts do not list their villages in Strapi (the link is village → district), so we group. */
export function groupDistricts(districts: Raw[], villages: Raw[]): DistrictWithVillages[] {
  return districts
    .map((d) => mapPlace(d))
    .filter((d): d is PlaceRef => !!d)
    .map((d) => ({
      ...d,
      villages: villages
        .filter((v) => mapPlace(v.district)?.slug === d.slug)
        .map((v) => mapPlace(v))
        .filter((v): v is PlaceRef => !!v)
        .sort((a, b) => a.name.localeCompare(b.name, 'id')),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const BUDGET_KINDS = ['pendapatan', 'belanja', 'pembiayaan'];

/** A budget from the core API (raw line items): totals per kind as the home endpoint gives them, plus the items. */
export function mapBudgetFromLines(raw: Raw): BudgetSummary {
  const items = arr(raw.lineItems).map((line) => ({
    kind: str(line, 'kind') ?? '',
    name: str(line, 'name') ?? '',
    planned: num(line, 'plannedAmount') ?? 0,
    realized: num(line, 'realizedAmount') ?? 0,
  }));
  const lines = BUDGET_KINDS.map((kind) => {
    const ofKind = items.filter((i) => i.kind === kind);
    return {
      kind: capitalize(kind),
      planned: ofKind.reduce((s, i) => s + i.planned, 0),
      realized: ofKind.reduce((s, i) => s + i.realized, 0),
    };
  });
  return { year: num(raw, 'year'), lines, items, document: mapMedia(raw.report)?.url ?? null };
}
