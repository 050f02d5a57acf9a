/**
 * Content API under /api/webdesaku: the core read routes of every type (public role
 * gets find/findOne only), the one-call village home and the sitemap's one call.
 */
import { factories } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';
import { validIdMiddleware } from '../middlewares/valid-id';

type Route = { path: string; config?: { middlewares?: unknown[] } };

/** Every route with an :id gets the id check first, so a malformed id is a 400, not a 500. */
const withIdCheck = (route: Route): Route =>
  route.path.includes('/:id')
    ? {
        ...route,
        config: {
          ...route.config,
          middlewares: [validIdMiddleware, ...(route.config?.middlewares ?? [])],
        },
      }
    : route;

const coreRoutes = () =>
  (Object.keys(schemas) as TypeName[]).flatMap((name) => {
    const router = factories.createCoreRouter(
      uidOf(name) as any,
      { only: ['find', 'findOne'] } as any,
    ) as any;
    const routes = typeof router === 'function' ? router().routes : router.routes;
    return (routes as Route[]).map(withIdCheck);
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
      {
        method: 'GET',
        path: '/sitemap',
        handler: 'sitemap.find',
        config: { auth: false, description: 'Satu panggilan untuk sitemap storefront' },
      },
      ...coreRoutes(),
    ],
  }),
};
