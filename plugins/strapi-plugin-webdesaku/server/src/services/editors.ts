/**
 * Who is the current dashboard user, and which village do they edit?
 * A user is a scoped "Editor desa" when they hold that role and are not a super admin
 * (the regency admin). Everything else (seed, content API, super admin) is unscoped.
 */
import type { Core } from '@strapi/strapi';

export const EDITOR_ROLE = { name: 'Editor desa', code: 'webdesaku-editor-desa' } as const;
const SUPER_ADMIN_CODE = 'strapi-super-admin';

type AdminUser = { id: number; roles?: { id: number; code: string; name: string }[] };
export type Editor = { user: AdminUser; villages: string[] };

const currentAdminUser = (strapi: Core.Strapi): AdminUser | null => {
  const ctx = strapi.requestContext.get() as
    { state?: { user?: AdminUser; auth?: { strategy?: { name?: string } } } } | undefined;
  if (ctx?.state?.auth?.strategy?.name !== 'admin') return null;
  return ctx.state.user ?? null;
};

const rolesOf = async (strapi: Core.Strapi, user: AdminUser) =>
  user.roles ??
  (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] }))?.roles ??
  [];

export const isScopedEditor = async (strapi: Core.Strapi, user: AdminUser) => {
  const roles = await rolesOf(strapi, user);
  if (roles.some((r: { code: string }) => r.code === SUPER_ADMIN_CODE)) return false;
  return roles.some(
    (r: { code: string; name: string }) => r.code === EDITOR_ROLE.code || r.name === EDITOR_ROLE.name,
  );
};

export const villagesOfEditor = async (strapi: Core.Strapi, userId: number): Promise<string[]> => {
  const rows = await strapi.db
    .query('plugin::webdesaku.village')
    .findMany({ where: { editors: { id: userId } }, select: ['documentId'] });
  return [...new Set(rows.map((r: { documentId: string }) => r.documentId))];
};

/** The scoped editor this admin user is, or null when no scoping applies. */
export const editorOf = async (strapi: Core.Strapi, user: AdminUser | null | undefined) => {
  if (!user || !(await isScopedEditor(strapi, user))) return null;
  return { user, villages: await villagesOfEditor(strapi, user.id) } satisfies Editor;
};

/** The scoped editor behind the current admin request, or null when no scoping applies. */
export const currentEditor = async (strapi: Core.Strapi): Promise<Editor | null> =>
  editorOf(strapi, currentAdminUser(strapi));
