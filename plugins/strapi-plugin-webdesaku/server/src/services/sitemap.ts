/**
 * What the storefront's sitemaps list, in one call instead of paging through every list:
 * published entries only, and only the fields a URL and its lastmod need. A fixed number of
 * queries whatever the number of entries (one per type and language, plus one per relation).
 */
import type { Core } from '@strapi/strapi';

const U = (name: string) => `plugin::webdesaku.${name}` as any;
/** The languages the storefront serves; each article language version has its own URL. */
const LOCALES = ['id', 'en'] as const;

type Doc = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const published = (name: string, params: Doc) =>
    strapi.documents(U(name)).findMany({ status: 'published', ...params } as any) as Promise<Doc[]>;

  return {
    async published() {
      const [villages, districts, ...articlesByLocale] = await Promise.all([
        published('village', {
          fields: ['slug', 'updatedAt'],
          populate: { district: { fields: ['slug'] } },
          sort: ['slug:asc'],
        }),
        published('district', { fields: ['slug', 'updatedAt'], sort: ['slug:asc'] }),
        // Oldest first, so the storefront's article sitemap files keep their entries as news is added.
        ...LOCALES.map((locale) =>
          published('article', {
            locale,
            fields: ['slug', 'locale', 'updatedAt'],
            populate: { village: { fields: ['slug'] } },
            sort: ['id:asc'],
          }),
        ),
      ]);
      return {
        villages: villages.map((v) => ({
          slug: v.slug,
          district: v.district?.slug ?? null,
          updatedAt: v.updatedAt,
        })),
        districts: districts.map((d) => ({ slug: d.slug, updatedAt: d.updatedAt })),
        // Regency news (no village) has no page of its own on the storefront yet.
        articles: articlesByLocale
          .flat()
          .filter((a) => a.village?.slug)
          .map((a) => ({
            documentId: a.documentId,
            village: a.village.slug,
            slug: a.slug,
            locale: a.locale,
            updatedAt: a.updatedAt,
          })),
      };
    },
  };
};
