/** The storefront reads published content anonymously: Public role gets find/findOne. */
import type { Core } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';

export const PUBLIC_ACTIONS = (Object.keys(schemas) as TypeName[]).flatMap((name) =>
  ['find', 'findOne'].map((a) => `${uidOf(name)}.${a}`),
);

export const ensurePublicPermissions = async (strapi: Core.Strapi) => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) {
    strapi.log.warn(
      '[webdesaku] Public role not found: list users-permissions before webdesaku in config/plugins',
    );
    return;
  }
  const existing = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: { id: role.id }, action: { $in: PUBLIC_ACTIONS } },
    select: ['action'],
  });
  const have = new Set(existing.map((p: { action: string }) => p.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
};
