import type { Paged } from '#shared/types/pages';
import type { Locale, StrapiClient } from './strapi';
import { arr, obj } from './raw';
import * as map from './strapi-mappers';

/**
 * The village sub-pages that are plain Strapi lists. One table instead of one route per page:
 * `load` fetches and maps one page of the section.
 */
type Loader = (strapi: StrapiClient, slug: string, locale: Locale, page: number) => Promise<unknown>;

const listOf = <T>(raw: unknown, mapItem: (r: Record<string, unknown>) => T): T[] =>
  arr(obj(raw)?.data).map(mapItem);

export const SECTIONS: Record<string, Loader> = {
  agenda: async (s, village, locale, page): Promise<Paged<unknown>> =>
    s.paged(
      await s.localizedList('events', {
        village,
        locale,
        page,
        pageSize: 20,
        sort: 'startsAt:desc',
        populate: '*',
      }),
      map.mapEvent,
    ),
  potensi: async (s, village, locale, page) =>
    s.paged(
      await s.localizedList('potentials', {
        village,
        locale,
        page,
        pageSize: 24,
        populate: { images: true },
      }),
      map.mapPotential,
    ),
  layanan: async (s, village, locale, page) =>
    s.paged(
      await s.localizedList('services', {
        village,
        locale,
        page,
        pageSize: 50,
        sort: 'name:asc',
        populate: '*',
      }),
      map.mapService,
    ),
  unduhan: async (s, village, locale, page) =>
    s.paged(
      await s.list('documents', {
        village,
        page,
        pageSize: 30,
        sort: 'publishedDate:desc',
        populate: { file: true },
      }),
      map.mapDocument,
    ),
  transparansi: async (s, village) => {
    const [stats, budgets] = await Promise.all([
      s.list('statistics', { village, pageSize: 5, sort: 'year:desc', populate: { byAgeGroup: true } }),
      s.list('budgets', {
        village,
        pageSize: 5,
        sort: 'year:desc',
        populate: { lineItems: true, report: true },
      }),
    ]);
    return { statistics: listOf(stats, map.mapStatistic), budgets: listOf(budgets, map.mapBudgetFromLines) };
  },
  profil: async (s, village) => {
    const officials = await s.list('officials', {
      village,
      pageSize: 50,
      sort: 'displayOrder:asc',
      populate: { photo: true },
    });
    return { officials: listOf(officials, map.mapOfficial) };
  },
};

export function isSection(name: string): name is keyof typeof SECTIONS {
  return Object.hasOwn(SECTIONS, name);
}
