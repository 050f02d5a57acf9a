/**
 * Closes the write holes the admin permission condition leaves open (see RECIPES):
 * the Content Manager checks conditions against stored entries, not against the new
 * data, so an editor could otherwise create for another village, move an entry away,
 * clone another village's entry, add a locale to it, or touch the commerce fields.
 * It also copies the village link into a new language version of an entry.
 */
import type { Core } from '@strapi/strapi';
import { VILLAGE_OWNED, uidOf } from '../content-types';
import { forbidden } from '../utils/errors';
import { readVillageChange, resolveVillageDocumentIds } from '../utils/village-ref';
import { currentEditor, type Editor } from '../services/editors';
import { assertEntryMediaOwned } from '../editor-scope/entry-media';
import { ownerOf, ownerPopulate } from '../editor-scope/documents';

type Data = Record<string, unknown>;
type DocCtx = { uid: string; action: string; params: { data?: Data; documentId?: string; locale?: string } };

const VILLAGE = uidOf('village');
const OWNED = new Set<string>(VILLAGE_OWNED.map(uidOf));
const WRITES = new Set(['create', 'update', 'clone', 'delete', 'publish', 'unpublish', 'discardDraft']);
export const PROTECTED_VILLAGE_FIELDS = [
  'salesChannelId',
  'publishableKey',
  'provisioningStatus',
  'editors',
  'slug',
  'district',
];

const NOT_YOURS = 'Anda hanya dapat mengelola konten desa Anda sendiri.';

type Entry = { locale?: string | null; documentId: string; village?: { documentId: string } | null };

const entriesOf = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<Entry[]> =>
  strapi.db.query(uid as any).findMany({
    where: { documentId },
    select: ['id', 'documentId', ...(isLocalized(strapi, uid) ? ['locale'] : [])],
    populate: ownerPopulate(uid),
  });

/** Refuses unless every stored version of the document belongs to the editor's village. */
const assertOwned = (editor: Editor, uid: string, entries: Entry[]) => {
  if (entries.some((e) => !editor.villages.includes(ownerOf(uid, e) ?? ''))) throw forbidden(NOT_YOURS);
};

const assertTarget = async (strapi: Core.Strapi, editor: Editor, data: Data) => {
  const change = readVillageChange(data);
  if (change.kind === 'unchanged') return;
  const ids = await resolveVillageDocumentIds(strapi, change.refs);
  // Every village the write names must be the editor's own, and there must be one.
  if (ids.length === 0 || ids.some((id) => !editor.villages.includes(id))) {
    throw forbidden(
      'Desa hanya boleh diisi dengan desa Anda sendiri; konten tidak dapat dipindahkan ke desa lain.',
    );
  }
};

const assertVillageFieldsUntouched = async (strapi: Core.Strapi, documentId: string, data: Data) => {
  const touched = PROTECTED_VILLAGE_FIELDS.filter((f) => f in data);
  if (touched.length === 0) return;
  const current = await strapi.db.query(VILLAGE).findOne({ where: { documentId } });
  for (const field of touched) {
    const value = data[field];
    const unchanged =
      field !== 'editors' && field !== 'district' && (value ?? null) === (current?.[field] ?? null);
    const emptyRelationOps =
      (field === 'editors' || field === 'district') &&
      readVillageChange({ village: value }).kind === 'unchanged';
    if (!unchanged && !emptyRelationOps)
      throw forbidden(`Kolom "${field}" hanya dapat diubah oleh admin kabupaten.`);
    delete data[field];
  }
};

const fillVillageForNewLocale = (ctx: DocCtx, entries: Entry[]) => {
  const data = ctx.params.data;
  if (!data || !OWNED.has(ctx.uid) || readVillageChange(data).kind !== 'unchanged') return;
  const locale = ctx.params.locale;
  if (!locale || entries.length === 0 || entries.some((e) => e.locale === locale)) return;
  const owner = entries.find((e) => e.village)?.village?.documentId;
  if (owner) data.village = owner;
};

const enforce = async (strapi: Core.Strapi, editor: Editor, ctx: DocCtx, entries: Entry[]) => {
  if (editor.villages.length === 0)
    throw forbidden('Akun Anda belum ditautkan ke desa mana pun. Hubungi admin kabupaten.');
  const isVillage = ctx.uid === VILLAGE;
  if (!OWNED.has(ctx.uid) && !isVillage)
    throw forbidden('Hanya admin kabupaten yang dapat mengubah data ini.');
  if (isVillage && ctx.action !== 'update')
    throw forbidden('Hanya admin kabupaten yang dapat membuat atau menghapus desa.');
  if (ctx.action === 'create') {
    const data = (ctx.params.data ??= {});
    if (readVillageChange(data).kind === 'unchanged') data.village = editor.villages[0];
    return assertTarget(strapi, editor, data);
  }
  if (entries.length === 0 && ctx.action !== 'update') throw forbidden(NOT_YOURS);
  assertOwned(editor, ctx.uid, entries);
  const data = ctx.params.data;
  if (!data) return;
  if (isVillage) return assertVillageFieldsUntouched(strapi, ctx.params.documentId!, data);
  if (entries.length === 0 && readVillageChange(data).kind === 'unchanged') data.village = editor.villages[0];
  return assertTarget(strapi, editor, data);
};

/**
 * The Content Manager checks the editor's read condition on the document a write
 * returns; without the village link populated it would strip every field from the
 * answer. Ask for the link (and its editors) to come back with the result.
 */
const populateOwnership = (ctx: DocCtx & { params: { populate?: unknown } }) => {
  if (!['create', 'update', 'clone'].includes(ctx.action)) return;
  const path =
    ctx.uid === VILLAGE
      ? { editors: { fields: ['id'] } }
      : { village: { populate: { editors: { fields: ['id'] } } } };
  const current = ctx.params.populate;
  if (current === '*') return;
  if (current === undefined || current === null) ctx.params.populate = path;
  else if (Array.isArray(current)) ctx.params.populate = [...new Set([...current, ...Object.keys(path)])];
  else if (typeof current === 'object') ctx.params.populate = { ...(current as object), ...path };
};

export const scopingMiddleware =
  (strapi: Core.Strapi) => async (ctx: DocCtx, next: () => Promise<unknown>) => {
    if (!ctx.uid.startsWith('plugin::webdesaku.') || !WRITES.has(ctx.action)) return next();
    const documentId = ctx.params?.documentId;
    const entries = documentId ? await entriesOf(strapi, ctx.uid, documentId) : [];
    fillVillageForNewLocale(ctx, entries);
    const editor = await currentEditor(strapi);
    if (editor) {
      await enforce(strapi, editor, ctx, entries);
      // A clone names its source as documentId: the source's own files may come along.
      await assertEntryMediaOwned(strapi, editor, ctx.uid, ctx.params.data, documentId);
      populateOwnership(ctx);
    }
    return next();
  };

function isLocalized(strapi: Core.Strapi, uid: string) {
  const options = strapi.contentType(uid as any).pluginOptions as
    { i18n?: { localized?: boolean } } | undefined;
  return options?.i18n?.localized === true;
}
