import type { Article, ArticleSummary, DistrictWithVillages, PlaceRef } from '#shared/types/content';
import type { Paged, VillagePage } from '#shared/types/pages';
import { backendRequest, strapiQuery } from './backend-http';
import { arr, first, num, obj, type Raw } from './raw';
import * as map from './strapi-mappers';
import { mapSitemapContent } from './sitemap-mappers';
import type { SitemapContent } from './sitemap-urls';
import { useStorefrontConfig } from './config';

export type Locale = 'id' | 'en';
export type VillageContent = Omit<VillagePage, 'lapak'>;

/** The list types of the Strapi plugin (core content API under /api/webdesaku/<plural>). */
export type ContentKind =
  | 'articles'
  | 'announcements'
  | 'events'
  | 'potentials'
  | 'officials'
  | 'statistics'
  | 'budgets'
  | 'documents'
  | 'services'
  | 'galleries';

export interface ListQuery {
  village?: string;
  district?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  search?: string;
  locale?: Locale;
  populate?: Record<string, unknown> | '*';
  filters?: Record<string, unknown>;
}

export function mapVillageHome(raw: unknown): VillageContent {
  const root = obj(obj(raw)?.data) ?? obj(raw) ?? {};
  const village = obj(root.village) ?? root;
  return {
    village: map.mapVillage(village),
    officials: arr(first(root, 'officials') ?? village.officials).map(map.mapOfficial),
    articles: arr(first(root, 'articles', 'latestArticles')).map(map.mapArticleSummary),
    announcements: arr(first(root, 'announcements', 'activeAnnouncements')).map(map.mapAnnouncement),
    events: arr(first(root, 'events', 'upcomingEvents', 'agenda')).map(map.mapEvent),
    potentials: arr(first(root, 'potentials')).map(map.mapPotential),
    population: map.mapStatistic(obj(first(root, 'statistic', 'latestStatistic', 'statistics'))),
    budget: map.mapBudget(obj(first(root, 'budget', 'latestBudget', 'budgetSummary'))),
  };
}

function paged<T>(raw: unknown, mapItem: (r: Raw) => T): Paged<T> {
  const pagination = obj(obj(obj(raw)?.meta)?.pagination);
  return {
    items: arr(obj(raw)?.data).map(mapItem),
    page: num(pagination, 'page') ?? 1,
    pageCount: num(pagination, 'pageCount') ?? 1,
    total: num(pagination, 'total') ?? 0,
  };
}

export function strapiClient(base: string) {
  const get = (path: string, query: Record<string, unknown> = {}) =>
    backendRequest<unknown>('strapi', base, path, { query: strapiQuery(query) });

  /** Strapi caps pageSize (maxLimit, 100 by default): fetch page 1, then the rest in parallel. */
  async function getAll(path: string, query: Record<string, unknown>): Promise<Raw[]> {
    const pageOf = (page: number) => get(path, { ...query, pagination: { page, pageSize: 100 } });
    const firstPage = await pageOf(1);
    const pageCount = Math.min(num(obj(obj(obj(firstPage)?.meta)?.pagination), 'pageCount') ?? 1, 50);
    const rest = await Promise.all(Array.from({ length: pageCount - 1 }, (_, i) => pageOf(i + 2)));
    return [firstPage, ...rest].flatMap((page) => arr(obj(page)?.data));
  }

  function list(kind: ContentKind, q: ListQuery = {}) {
    const filters: Record<string, unknown> = { ...q.filters };
    if (q.village) filters.village = { slug: { $eq: q.village } };
    if (q.district) filters.village = { district: { slug: { $eq: q.district } } };
    if (q.search) filters.title = { $containsi: q.search };
    return get(`/api/webdesaku/${kind}`, {
      locale: q.locale ?? 'id',
      filters,
      sort: q.sort,
      populate: q.populate ?? '*',
      pagination: { page: q.page ?? 1, pageSize: q.pageSize ?? 12 },
    });
  }

  return {
    list,
    async villageHome(slug: string, locale: Locale): Promise<VillageContent> {
      return mapVillageHome(
        await get(`/api/webdesaku/villages/${encodeURIComponent(slug)}/home`, { locale }),
      );
    },
    async villageFull(slug: string, locale: Locale): Promise<Raw | null> {
      const raw = await get('/api/webdesaku/villages', {
        locale,
        filters: { slug: { $eq: slug } },
        populate: '*',
      });
      return arr(obj(raw)?.data)[0] ?? null;
    },
    async villages(q: { search?: string } = {}): Promise<(PlaceRef & { district: PlaceRef | null })[]> {
      const raw = await getAll('/api/webdesaku/villages', {
        fields: ['slug', 'name'],
        filters: q.search ? { name: { $containsi: q.search } } : undefined,
        populate: { district: { fields: ['slug', 'name'] } },
        sort: 'name:asc',
      });
      return raw.map((v) => ({
        slug: String(v.slug ?? ''),
        name: String(v.name ?? ''),
        district: map.mapPlace(v.district),
      }));
    },
    async districts(slug?: string): Promise<DistrictWithVillages[]> {
      const [districts, villages] = await Promise.all([
        getAll('/api/webdesaku/districts', {
          filters: slug ? { slug: { $eq: slug } } : undefined,
          fields: ['slug', 'name'],
        }),
        getAll('/api/webdesaku/villages', {
          filters: slug ? { district: { slug: { $eq: slug } } } : undefined,
          fields: ['slug', 'name'],
          populate: { district: { fields: ['slug', 'name'] } },
        }),
      ]);
      return map.groupDistricts(districts, villages);
    },
    // Localized lists and entries fall back to Bahasa Indonesia until a translation exists.
    async articles(q: ListQuery): Promise<Paged<ArticleSummary>> {
      const raw = await list('articles', {
        sort: 'publishedAt:desc',
        populate: { cover: true, village: { fields: ['slug', 'name'] } },
        ...q,
      });
      const result = paged(raw, map.mapArticleSummary);
      if (result.total === 0 && q.locale === 'en') return this.articles({ ...q, locale: 'id' });
      return result;
    },
    /**
     * An article by its slug in `locale`. Each language has its own slug, so a slug of the other
     * language (from the language switch, or a shared link) finds the same article too, with
     * `slugs` telling the page where its own version lives; English falls back to the Indonesian
     * text when there is no translation, Indonesian never shows English text.
     */
    async article(village: string, slug: string, locale: Locale): Promise<Article | null> {
      const find = async (inLocale: Locale) =>
        arr(
          obj(
            await list('articles', {
              village,
              locale: inLocale,
              filters: { slug: { $eq: slug } },
              pageSize: 1,
              populate: {
                cover: true,
                village: { fields: ['slug', 'name'] },
                localizations: { fields: ['slug', 'locale'] },
              },
            }),
          )?.data,
        )[0];
      const own = await find(locale);
      if (own) return map.mapArticle(own);
      const other = await find(locale === 'en' ? 'id' : 'en');
      if (!other) return null;
      const article = map.mapArticle(other);
      return locale === 'en' || article.slugs.id ? article : null;
    },
    /** Every published village, kecamatan and village article with its update time, in one call. */
    async sitemap(): Promise<SitemapContent> {
      return mapSitemapContent(
        await backendRequest<unknown>('strapi', base, '/api/webdesaku/sitemap', { timeout: 20000 }),
      );
    },
    async localizedList(kind: ContentKind, q: ListQuery): Promise<unknown> {
      const raw = await list(kind, q);
      if (q.locale === 'en' && arr(obj(raw)?.data).length === 0) return list(kind, { ...q, locale: 'id' });
      return raw;
    },
    paged,
  };
}

export type StrapiClient = ReturnType<typeof strapiClient>;

let client: StrapiClient | null = null;
export function useStrapi(): StrapiClient {
  client ??= strapiClient(useStorefrontConfig().strapiUrl);
  return client;
}
