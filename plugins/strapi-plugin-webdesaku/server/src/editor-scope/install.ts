/**
 * Puts the editor-scope policy on every admin route of the Content Manager and the
 * media library, after Strapi's own authentication and permission policies. Runs in
 * `register`, before Strapi mounts the routes.
 */
import type { Core } from '@strapi/strapi';
import { POLICY } from './policy';
import { SCOPED_PLUGINS, routeKey } from './route-rules';

type Route = { method: string; path: string; config?: { policies?: unknown[] } };
type Router = { type?: string; routes: Route[] };

/** The admin routes of the scoped plugins, as Strapi will mount them. */
export const scopedRoutes = (strapi: Core.Strapi) =>
  SCOPED_PLUGINS.flatMap((name) => {
    const routes = strapi.plugin(name).routes as unknown as Record<string, Router> | Router[];
    return Object.values(routes)
      .filter((router) => router.type === 'admin')
      .flatMap((router) => router.routes.map((route) => ({ key: routeKey(name, route), route })));
  });

export const installEditorScope = (strapi: Core.Strapi) => {
  for (const { key, route } of scopedRoutes(strapi)) {
    route.config ??= {};
    route.config.policies = [...(route.config.policies ?? []), { name: POLICY, config: { route: key } }];
  }
};
