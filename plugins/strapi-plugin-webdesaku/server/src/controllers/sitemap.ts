import type { Core } from '@strapi/strapi';

/**
 * Published villages, kecamatan and village articles for the storefront's sitemaps. The answer is
 * built field by field from public fields (slugs, locale, update times), so no private field can
 * leave and the content-API sanitizer has nothing to remove.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const data = await strapi.plugin('webdesaku').service('sitemap').published();
    ctx.set('cache-control', 'public, max-age=60');
    ctx.body = { data };
  },
});
