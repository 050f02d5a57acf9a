/**
 * The dashboard home's "last edited / last published" widgets list documents of every
 * permitted type without applying permission conditions. For an editor, keep only their
 * village's entries (other types they may read, such as kecamatan, stay as they are).
 */
import type { Core } from '@strapi/strapi';
import { currentEditor } from '../services/editors';
import { isVillageScoped, ownEntriesFilter } from './documents';

type Recent = { documentId: string; contentTypeUid: string };
type Homepage = { queryLastDocuments?: (...args: unknown[]) => Promise<Recent[]> };

export const scopeRecentDocuments = (strapi: Core.Strapi) => {
  const homepage = strapi.plugin('content-manager')?.service('homepage') as Homepage | undefined;
  const original = homepage?.queryLastDocuments?.bind(homepage);
  if (!homepage || !original) return;
  homepage.queryLastDocuments = async (...args) => {
    const documents = await original(...args);
    const editor = await currentEditor(strapi);
    if (!editor) return documents;
    const own = new Set<string>();
    for (const uid of new Set(documents.map((d) => d.contentTypeUid).filter(isVillageScoped))) {
      const rows: { documentId: string }[] = await strapi.db.query(uid as never).findMany({
        where: {
          $and: [{ documentId: { $in: documents.map((d) => d.documentId) } }, ownEntriesFilter(editor, uid)],
        },
        select: ['documentId'],
      });
      for (const r of rows) own.add(`${uid}:${r.documentId}`);
    }
    return documents.filter(
      (d) => !isVillageScoped(d.contentTypeUid) || own.has(`${d.contentTypeUid}:${d.documentId}`),
    );
  };
};
