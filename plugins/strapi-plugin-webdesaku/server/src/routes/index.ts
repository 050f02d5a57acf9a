/**
 * Content API under /api/webdesaku: the core read routes of every type (public role
 * gets find/findOne only) and the one-call village home.
 */
import { factories } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';

const coreRoutes = () =>
  (Object.keys(schemas) as TypeName[]).flatMap((name) => {
    const router = factories.createCoreRouter(
      uidOf(name) as any,
      { only: ['find', 'findOne'] } as any,
    ) as any;
    const routes = typeof router === 'function' ? router().routes : router.routes;
    return routes as unknown[];
  });

export default {
  'content-api': () => ({
    type: 'content-api',
    routes: [
      {
        method: 'GET',
        path: '/villages/:slug/home',
        handler: 'home.find',
        config: { auth: false, description: 'Satu panggilan untuk halaman desa' },
      },
      ...coreRoutes(),
    ],
  }),
};
