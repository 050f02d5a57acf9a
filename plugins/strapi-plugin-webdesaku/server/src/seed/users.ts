/** Demo logins (docs/contracts.md): the regency admin and one editor per village. */
import type { Core } from '@strapi/strapi';
import { EDITOR_ROLE } from '../services/editors';

export const DEMO_PASSWORD = 'Webdesaku123!';
export const editorEmail = (slug: string) => `editor.${slug}@webdesaku.id`;

const ensureUser = async (
  strapi: Core.Strapi,
  email: string,
  firstname: string,
  lastname: string,
  roleId: number,
) => {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
  if (existing) return { id: existing.id as number, created: false };
  const user = await strapi.service('admin::user').create({
    email,
    firstname,
    lastname,
    password: DEMO_PASSWORD,
    isActive: true,
    registrationToken: null,
    // Demo users see the dashboard in Bahasa Indonesia (Strapi's `id` admin locale).
    preferedLanguage: 'id',
    roles: [roleId],
  });
  return { id: user.id as number, created: true };
};

export const ensureRegencyAdmin = async (strapi: Core.Strapi) => {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  return ensureUser(strapi, 'admin@webdesaku.id', 'Admin', 'Kabupaten', superAdmin.id);
};

export const ensureVillageEditor = async (strapi: Core.Strapi, slug: string, villageName: string) => {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE.code } });
  if (!role) throw new Error('Role "Editor desa" missing: the webdesaku plugin bootstrap did not run');
  return ensureUser(strapi, editorEmail(slug), 'Editor', `Desa ${villageName}`, role.id);
};
