/**
 * An upload may be attached straight to an entry (`ref`, `refId`, `field`). For an editor the
 * entry must be one of their village's, the field a media field of it, and the files of
 * the kinds that field accepts: an image field takes images only.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Editor } from '../services/editors';
import { forbidden } from '../utils/errors';
import { assertOwnDocuments, isVillageScoped } from './documents';
import type { Kind } from './file-kind';
import { mediaId } from './media-scope';

type Target = { ref?: unknown; refId?: unknown; field?: unknown };
type MediaAttribute = { type: string; allowedTypes?: string[] };

export const assertUploadTarget = async (
  strapi: Core.Strapi,
  editor: Editor,
  body: Target,
  kinds: Kind[],
) => {
  const { ref, refId, field } = body;
  if (ref === undefined && refId === undefined && field === undefined) return;
  if (!isVillageScoped(ref))
    throw forbidden('Berkas hanya dapat ditautkan langsung ke konten desa Anda sendiri.');
  const attribute = (
    typeof field === 'string' ? strapi.contentType(ref as never).attributes[field] : undefined
  ) as MediaAttribute | undefined;
  if (!attribute || attribute.type !== 'media')
    throw new errors.ValidationError(`Kolom "${String(field)}" bukan kolom media pada ${ref}.`);
  const row = await strapi.db
    .query(ref as never)
    .findOne({ where: { id: mediaId(refId, 'refId') }, select: ['documentId'] });
  if (!row) throw forbidden('Berkas hanya dapat ditautkan langsung ke konten desa Anda sendiri.');
  await assertOwnDocuments(strapi, editor, ref, [row.documentId]);
  const allowed = attribute.allowedTypes ?? [];
  if (allowed.length > 0 && !allowed.includes('files') && kinds.some((k) => !k.image))
    throw new errors.ValidationError(`Kolom "${field}" hanya menerima gambar.`);
};
