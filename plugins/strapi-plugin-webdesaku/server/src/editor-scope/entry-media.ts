/**
 * An editor's write may link only files of their own media (uploaded by them or in their
 * village's folders) or files the entry already links (the seeded pictures, a colleague's
 * upload): never another village's file picked by its number.
 */
import type { Core } from '@strapi/strapi';
import type { Editor } from '../services/editors';
import { mediaIdsIn, mediaPopulate } from './media-fields';
import { assertOwnFiles, mediaScopeOf } from './media-scope';

export const assertEntryMediaOwned = async (
  strapi: Core.Strapi,
  editor: Editor,
  uid: string,
  data: unknown,
  documentId?: string,
) => {
  const named = [...new Set(mediaIdsIn(strapi, uid, data))];
  if (named.length === 0) return;
  const linked = new Set<number>();
  if (documentId) {
    const versions = await strapi.db
      .query(uid as never)
      .findMany({ where: { documentId }, populate: mediaPopulate(strapi, uid) });
    for (const version of versions) for (const id of mediaIdsIn(strapi, uid, version)) linked.add(id);
  }
  const fresh = named.filter((id) => !linked.has(id));
  if (fresh.length) await assertOwnFiles(strapi, await mediaScopeOf(strapi, editor), fresh);
};
