import { factories } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';
import home from './home';
import sitemap from './sitemap';

/**
 * Strapi 5's content API honours `?status=draft` for anyone allowed to read. The
 * storefront and visitors only ever see published entries, so the status is pinned.
 */
const publishedOnly = (name: TypeName) =>
  factories.createCoreController(uidOf(name) as any, () => ({
    async find(this: any, ctx: any) {
      ctx.query = { ...ctx.query, status: 'published' };
      return super.find(ctx);
    },
    async findOne(this: any, ctx: any) {
      ctx.query = { ...ctx.query, status: 'published' };
      return super.findOne(ctx);
    },
  }));

const core = Object.fromEntries(
  (Object.keys(schemas) as TypeName[]).map((name) => [name, publishedOnly(name)]),
);

export default { ...core, home, sitemap };
