/** The media library routes an editor may use, each limited to their village's files and folders. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindOf, type Upload } from './file-kind';
import {
  assertOwnFiles,
  assertOwnFolders,
  mediaId,
  mediaIds,
  targetFolder,
  type MediaScope,
} from './media-scope';
import { bodyOf, uploadsOf, type Body, type CheckFn } from './request';
import { assertUploadTarget } from './upload-target';

const parseInfo = (raw: unknown): Record<string, unknown> => {
  let info = raw;
  if (typeof raw === 'string') {
    try {
      info = JSON.parse(raw);
    } catch {
      throw new errors.ValidationError('fileInfo harus berupa JSON yang valid.');
    }
  }
  if (!info || typeof info !== 'object' || Array.isArray(info))
    throw new errors.ValidationError('fileInfo harus berupa objek.');
  return info as Record<string, unknown>;
};

/** Every file info names one of the editor's folders; none named means the village folder. */
const placeInOwnFolder = (body: Body, media: MediaScope, uploads: Upload[]) => {
  const raw = body.fileInfo;
  if (raw === undefined && uploads.length === 0) return;
  const many = Array.isArray(raw) || (raw === undefined && uploads.length > 1);
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? uploads.map(() => undefined) : [raw];
  const placed = list.map((item, i) => {
    const info = item === undefined ? { name: uploads[i]?.originalFilename ?? undefined } : parseInfo(item);
    const folded = { ...info, folder: targetFolder(media, info.folder) };
    return typeof item === 'string' ? JSON.stringify(folded) : folded;
  });
  body.fileInfo = many ? placed : placed[0];
};

const upload: CheckFn = async (ctx, { strapi, editor, media }) => {
  const uploads = uploadsOf(ctx);
  const kinds = await Promise.all(uploads.map(kindOf));
  const scope = await media();
  if (ctx.request.query.id !== undefined)
    await assertOwnFiles(strapi, scope, [mediaId(ctx.request.query.id, 'ID berkas')]);
  const body = bodyOf(ctx);
  await assertUploadTarget(strapi, editor, body, kinds);
  placeInOwnFolder(body, scope, uploads);
};

const file: CheckFn = async (ctx, { strapi, media }) => {
  const uploads = uploadsOf(ctx);
  await Promise.all(uploads.map(kindOf));
  const scope = await media();
  await assertOwnFiles(strapi, scope, [mediaId(ctx.params.id, 'ID berkas')]);
  placeInOwnFolder(bodyOf(ctx), scope, uploads);
};

const folder: CheckFn = async (ctx, { media }) =>
  assertOwnFolders(await media(), [mediaId(ctx.params.id, 'ID folder')]);

/** Strapi puts no condition on folder lists: keep the editor's folders only. */
const folderList: CheckFn = async (ctx, { media }) => {
  const own = [...(await media()).folders];
  const { filters, ...rest } = ctx.request.query;
  const mine = { id: { $in: own.length > 0 ? own : [0] } };
  ctx.request.query = { ...rest, filters: filters ? { $and: [filters, mine] } : mine };
};

const folderCreate: CheckFn = async (ctx, { media }) => {
  const body = bodyOf(ctx);
  body.parent = targetFolder(await media(), body.parent);
};

const folderUpdate: CheckFn = async (ctx, { media }) => {
  const scope = await media();
  assertOwnFolders(scope, [mediaId(ctx.params.id, 'ID folder')], { allowRoot: false });
  const body = bodyOf(ctx);
  if ('parent' in body) body.parent = targetFolder(scope, body.parent);
};

/** The files and folders a bulk action names; the villages' own folders stay put. */
const assertOwnSelection = async (strapi: Core.Strapi, scope: MediaScope, body: Body) => {
  await assertOwnFiles(strapi, scope, mediaIds(body.fileIds, 'fileIds'));
  assertOwnFolders(scope, mediaIds(body.folderIds, 'folderIds'), { allowRoot: false });
};

const bulkDelete: CheckFn = async (ctx, { strapi, media }) =>
  assertOwnSelection(strapi, await media(), bodyOf(ctx));

const bulkMove: CheckFn = async (ctx, { strapi, media }) => {
  const scope = await media();
  const body = bodyOf(ctx);
  await assertOwnSelection(strapi, scope, body);
  body.destinationFolderId = targetFolder(scope, body.destinationFolderId);
};

const bulkUpdate: CheckFn = async (ctx, { strapi, media }) => {
  const scope = await media();
  const updates = bodyOf(ctx).updates;
  if (!Array.isArray(updates)) throw new errors.ValidationError('updates harus berupa daftar.');
  for (const update of updates as Body[]) {
    await assertOwnFiles(strapi, scope, [mediaId(update?.id, 'ID berkas')]);
    placeInOwnFolder(update, scope, []);
  }
};

export const MEDIA_CHECKS = {
  upload,
  file,
  folder,
  'folder-list': folderList,
  'folder-create': folderCreate,
  'folder-update': folderUpdate,
  'bulk-delete': bulkDelete,
  'bulk-move': bulkMove,
  'bulk-update': bulkUpdate,
} satisfies Record<string, CheckFn>;
