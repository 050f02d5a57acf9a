/**
 * What of the media library an editor owns: their villages' folders with everything
 * below them, and files they uploaded or that lie in those folders. Nothing at the root:
 * an editor's new files and folders go into their village's folder.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Editor } from '../services/editors';
import { forbidden } from '../utils/errors';
import { villageFolderIds } from './village-folders';

const FOLDER = 'plugin::upload.folder';
const FILE = 'plugin::upload.file';

export type MediaScope = {
  /** The villages' own folders: an editor may fill them but not rename, move or delete them. */
  roots: number[];
  /** Every folder an editor may act in (the roots and their subfolders). */
  folders: Set<number>;
  userId: number;
};

export const NOT_YOUR_MEDIA = 'Anda hanya dapat mengelola berkas dan folder desa Anda sendiri.';

export const mediaScopeOf = async (strapi: Core.Strapi, editor: Editor): Promise<MediaScope> => {
  const roots = await villageFolderIds(strapi, editor.villages);
  const paths: { path: string }[] = roots.length
    ? await strapi.db.query(FOLDER).findMany({ where: { id: { $in: roots } }, select: ['path'] })
    : [];
  const below: { id: number }[] = paths.length
    ? await strapi.db.query(FOLDER).findMany({
        where: { $or: paths.map((p) => ({ path: { $startsWith: `${p.path}/` } })) },
        select: ['id'],
      })
    : [];
  return { roots, folders: new Set([...roots, ...below.map((f) => f.id)]), userId: editor.user.id };
};

/** A media id from a URL or body: a positive whole number, or a 400 naming what was wrong. */
export const mediaId = (value: unknown, what: string): number => {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
    throw new errors.ValidationError(`${what} tidak valid: gunakan ID berupa bilangan bulat positif.`);
  return id;
};

export const mediaIds = (value: unknown, what: string): number[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new errors.ValidationError(`${what} harus berupa daftar ID.`);
  return value.map((v) => mediaId(v, what));
};

export const assertOwnFolders = (scope: MediaScope, ids: number[], { allowRoot = true } = {}) => {
  for (const id of ids) {
    if (!scope.folders.has(id)) throw forbidden(NOT_YOUR_MEDIA);
    if (!allowRoot && scope.roots.includes(id))
      throw forbidden('Folder desa hanya dapat diubah atau dihapus oleh admin kabupaten.');
  }
};

type FileRow = { id: number; createdBy?: { id: number } | null; folder?: { id: number } | null };

export const assertOwnFiles = async (strapi: Core.Strapi, scope: MediaScope, ids: number[]) => {
  if (ids.length === 0) return;
  const rows: FileRow[] = await strapi.db.query(FILE).findMany({
    where: { id: { $in: ids } },
    select: ['id'],
    populate: { createdBy: { select: ['id'] }, folder: { select: ['id'] } },
  });
  const owned = (f: FileRow) =>
    f.createdBy?.id === scope.userId || (f.folder ? scope.folders.has(f.folder.id) : false);
  // A missing id answers like a foreign one: no existence oracle.
  if (new Set(ids).size !== rows.length || !rows.every(owned)) throw forbidden(NOT_YOUR_MEDIA);
};

/** The folder a write puts media in: the editor's village folder unless one of theirs is named. */
export const targetFolder = (scope: MediaScope, requested: unknown): number => {
  if (requested === undefined || requested === null || requested === '') {
    if (scope.roots.length === 0)
      throw forbidden('Akun Anda belum ditautkan ke desa mana pun. Hubungi admin kabupaten.');
    return scope.roots[0];
  }
  const id = mediaId(requested, 'Folder');
  assertOwnFolders(scope, [id]);
  return id;
};
