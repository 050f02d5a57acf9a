/**
 * Editor desa: an admin role whose content permissions carry our conditions, so
 * Strapi's own permission engine filters lists and checks single entries by village.
 * Conditions must be registered before the role's permissions are assigned, or
 * Strapi silently drops them from the role. The set is replaced on every boot.
 */
import type { Core } from '@strapi/strapi';
import { schemas, uidOf, VILLAGE_OWNED, type TypeName } from '../content-types';
import { EDITOR_ROLE, villagesOfEditor } from '../services/editors';
import { mediaScopeOf } from '../editor-scope/media-scope';
import { PROTECTED_VILLAGE_FIELDS } from '../middlewares/scoping';

export const CONDITIONS = {
  ownVillage: 'plugin::webdesaku.is-own-village',
  ownEntry: 'plugin::webdesaku.belongs-to-own-village',
  ownFile: 'plugin::webdesaku.uploaded-by-editor',
};

const CM = 'plugin::content-manager.explorer';
const LOCALES = ['id', 'en'];

export const registerConditions = (strapi: Core.Strapi) =>
  strapi.service('admin::permission').conditionProvider.registerMany([
    {
      displayName: 'Desa yang ditugaskan kepada editor',
      name: 'is-own-village',
      plugin: 'webdesaku',
      category: 'Webdesaku',
      handler: (user: { id: number }) => ({ 'editors.id': user.id }),
    },
    {
      displayName: 'Konten milik desa editor',
      name: 'belongs-to-own-village',
      plugin: 'webdesaku',
      category: 'Webdesaku',
      handler: (user: { id: number }) => ({ 'village.editors.id': user.id }),
    },
    // Like Strapi's admin::is-creator (registered only after plugins bootstrap), widened to
    // the village's media folders so editors of one village share their files.
    {
      displayName: 'Berkas yang diunggah editor atau ada di folder desanya',
      name: 'uploaded-by-editor',
      plugin: 'webdesaku',
      category: 'Webdesaku',
      handler: async (user: { id: number }) => {
        const villages = await villagesOfEditor(strapi, user.id);
        const folders = [...(await mediaScopeOf(strapi, { user, villages })).folders];
        const own = { 'createdBy.id': user.id };
        return folders.length > 0 ? { $or: [own, { 'folder.id': { $in: folders } }] } : own;
      },
    },
  ]);

const fieldsOf = (strapi: Core.Strapi, name: TypeName, exclude: string[] = []) =>
  (
    strapi.service('admin::content-type').getNestedFields(strapi.contentTypes[uidOf(name)], {
      components: strapi.components,
    }) as string[]
  ).filter((f) => !exclude.includes(f.split('.')[0]));

const isLocalized = (name: TypeName) =>
  (schemas[name].pluginOptions as { i18n?: unknown }).i18n !== undefined;

const permission = (
  strapi: Core.Strapi,
  action: string,
  name: TypeName,
  conditions: string[],
  exclude: string[] = [],
) => ({
  action: `${CM}.${action}`,
  subject: uidOf(name),
  properties: { fields: fieldsOf(strapi, name, exclude), ...(isLocalized(name) ? { locales: LOCALES } : {}) },
  conditions,
});

/**
 * Media library: like Strapi's own Author role, an editor browses and changes only the
 * files they uploaded or that lie in their village's folder, so one village cannot
 * replace another village's photos. Routes that ignore conditions are walled in
 * editor-scope/.
 */
const UPLOAD_ACTIONS: [string, string[]][] = [
  ['read', [CONDITIONS.ownFile]],
  ['assets.create', []],
  ['assets.update', [CONDITIONS.ownFile]],
  ['assets.download', [CONDITIONS.ownFile]],
  ['assets.copy-link', [CONDITIONS.ownFile]],
];

export const editorPermissions = (strapi: Core.Strapi) => [
  permission(strapi, 'read', 'village', [CONDITIONS.ownVillage], ['editors']),
  permission(strapi, 'update', 'village', [CONDITIONS.ownVillage], PROTECTED_VILLAGE_FIELDS),
  permission(strapi, 'read', 'district', []),
  ...VILLAGE_OWNED.flatMap((name) => [
    ...['create', 'read', 'update', 'delete'].map((a) => permission(strapi, a, name, [CONDITIONS.ownEntry])),
    ...(schemas[name].options.draftAndPublish
      ? [permission(strapi, 'publish', name, [CONDITIONS.ownEntry])]
      : []),
  ]),
  ...UPLOAD_ACTIONS.map(([a, conditions]) => ({
    action: `plugin::upload.${a}`,
    subject: null,
    properties: {},
    conditions,
  })),
];

export const ensureEditorRole = async (strapi: Core.Strapi) => {
  const roles = strapi.service('admin::role');
  // Plugins may bootstrap before the admin does; Strapi only creates its default roles
  // (Super Admin first) while no role exists, so ours must not be the first one.
  if (!(await roles.getSuperAdmin())) {
    await roles.createRolesIfNoneExist();
    await roles.resetSuperAdminPermissions();
  }
  let role = await roles.findOne({ code: EDITOR_ROLE.code });
  if (!role) {
    role = await roles.create({
      name: EDITOR_ROLE.name,
      code: EDITOR_ROLE.code,
      description: 'Mengelola konten satu desa saja (ditautkan lewat kolom editor pada Desa).',
    });
  }
  await roles.assignPermissions(role.id, editorPermissions(strapi));
  return role;
};
