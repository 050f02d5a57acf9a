/**
 * Document ids an editor names in a Content Manager call (URL, query or body) must all be
 * entries of their own village. A foreign id and an unknown one get the same 403, so the
 * answer reveals neither another village's drafts nor whether they exist.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { VILLAGE_OWNED, uidOf } from '../content-types';
import type { Editor } from '../services/editors';
import { forbidden } from '../utils/errors';

const VILLAGE = uidOf('village');
const OWNED = new Set<string>(VILLAGE_OWNED.map(uidOf));
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const NOT_YOUR_CONTENT = 'Anda hanya dapat mengakses konten desa Anda sendiri.';

/** Types whose entries belong to a village (the village type included). */
export const isVillageScoped = (uid: unknown): uid is string =>
  typeof uid === 'string' && (uid === VILLAGE || OWNED.has(uid));

const asList = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every document id the request names, validated; a malformed one is a 400. */
export const documentIdsOf = (values: unknown[]): string[] =>
  values.flatMap(asList).map((id) => {
    if (typeof id !== 'string' || !DOCUMENT_ID.test(id))
      throw new errors.ValidationError(
        'ID dokumen tidak valid: gunakan huruf, angka, "-" atau "_" (paling banyak 64 karakter).',
      );
    return id;
  });

type Row = { documentId: string; village?: { documentId: string } | null };

/** What to load of a stored entry to know its village (a village is its own). */
export const ownerPopulate = (uid: string) =>
  uid === VILLAGE ? {} : { village: { select: ['documentId'] } };

/** The village a stored entry belongs to. */
export const ownerOf = (uid: string, row: Row) =>
  uid === VILLAGE ? row.documentId : row.village?.documentId;

export const assertOwnDocuments = async (strapi: Core.Strapi, editor: Editor, uid: string, ids: string[]) => {
  if (ids.length === 0 || !isVillageScoped(uid)) return;
  const unique = [...new Set(ids)];
  const rows: Row[] = await strapi.db.query(uid as never).findMany({
    where: { documentId: { $in: unique } },
    select: ['documentId'],
    populate: ownerPopulate(uid),
  });
  const found = new Set(rows.map((r) => r.documentId));
  // Every stored version (each locale, draft and published) must be the editor's.
  if (
    unique.some((id) => !found.has(id)) ||
    rows.some((r) => !editor.villages.includes(ownerOf(uid, r) ?? ''))
  )
    throw forbidden(NOT_YOUR_CONTENT);
};

/** A filter that keeps only the editor's own entries of a village-scoped type. */
export const ownEntriesFilter = (editor: Editor, uid: string) =>
  uid === VILLAGE
    ? { documentId: { $in: editor.villages } }
    : { village: { documentId: { $in: editor.villages } } };
