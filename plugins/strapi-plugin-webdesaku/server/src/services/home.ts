/**
 * One call for a village page. Every section is one query (plus one per populated
 * relation), whatever the number of entries: no N+1. Output goes through Strapi's
 * content-API sanitizer so private fields (commerce, editors) never leave.
 */
import type { Core } from '@strapi/strapi';
import { summarizeBudget, type LineItem } from './budget-summary';

const U = (name: string) => `plugin::webdesaku.${name}` as any;
export const HOME_LIMITS = { articles: 6, events: 5, potentials: 12, announcements: 10 } as const;
const DEFAULT_LOCALE = 'id';

type Doc = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sanitize = (name: string, data: unknown) =>
    strapi.contentAPI.sanitize.output(data as any, strapi.getModel(U(name)) as any, {});

  /** Localized sections fall back to Bahasa Indonesia when nothing is translated yet. */
  const localizedMany = async (name: string, locale: string, params: Doc): Promise<Doc[]> => {
    const docs = await strapi.documents(U(name)).findMany({ ...params, locale } as any);
    if (docs.length > 0 || locale === DEFAULT_LOCALE) return docs as Doc[];
    return (await strapi.documents(U(name)).findMany({ ...params, locale: DEFAULT_LOCALE } as any)) as Doc[];
  };

  return {
    async forVillage(slug: string, locale: string, now = new Date()) {
      const village = await strapi.db.query(U('village')).findOne({
        where: { slug },
        populate: { district: true, logo: true, cover: true },
      });
      if (!village) return null;
      const byVillage = { village: { id: village.id } };
      const today = now.toISOString().slice(0, 10);
      const [officials, articles, announcements, events, potentials, statistics, budgets] = await Promise.all(
        [
          strapi.db.query(U('official')).findMany({
            where: byVillage,
            orderBy: [{ displayOrder: 'asc' }, { id: 'asc' }],
            populate: { photo: true },
          }),
          localizedMany('article', locale, {
            filters: byVillage,
            status: 'published',
            sort: ['publishedAt:desc'],
            limit: HOME_LIMITS.articles,
            populate: { cover: true },
          }),
          localizedMany('announcement', locale, {
            status: 'published',
            filters: {
              ...byVillage,
              validFrom: { $lte: today },
              $or: [{ validUntil: { $null: true } }, { validUntil: { $gte: today } }],
            },
            sort: ['validFrom:desc'],
            limit: HOME_LIMITS.announcements,
          }),
          localizedMany('event', locale, {
            filters: {
              ...byVillage,
              $or: [
                { endsAt: { $gte: now.toISOString() } },
                { endsAt: { $null: true }, startsAt: { $gte: now.toISOString() } },
              ],
            },
            sort: ['startsAt:asc'],
            limit: HOME_LIMITS.events,
          }),
          localizedMany('potential', locale, {
            filters: byVillage,
            sort: ['id:asc'],
            limit: HOME_LIMITS.potentials,
            populate: { images: true },
          }),
          strapi.db.query(U('statistic')).findMany({
            where: byVillage,
            orderBy: { year: 'desc' },
            limit: 1,
            populate: { byAgeGroup: true, byEducation: true, byOccupation: true },
          }),
          strapi.db.query(U('budget')).findMany({
            where: byVillage,
            orderBy: { year: 'desc' },
            limit: 1,
            populate: { lineItems: true, report: true },
          }),
        ],
      );
      const budget = budgets[0];
      return {
        village: await sanitize('village', village),
        officials: await sanitize('official', officials),
        articles: await sanitize('article', articles),
        announcements: await sanitize('announcement', announcements),
        events: await sanitize('event', events),
        potentials: await sanitize('potential', potentials),
        statistic: statistics[0] ? await sanitize('statistic', statistics[0]) : null,
        budget: budget
          ? {
              year: budget.year,
              documentId: budget.documentId,
              report: budget.report
                ? await sanitize('budget', { report: budget.report }).then((b: any) => b.report)
                : null,
              ...summarizeBudget((budget.lineItems ?? []) as LineItem[]),
            }
          : null,
      };
    },
  };
};
