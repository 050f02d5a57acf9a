/**
 * The dashboard home's "Entri" widget (content-manager `homepage/count-documents`) counts whole
 * tables with raw SQL, so permission conditions never reach it: an Editor desa would see every
 * village's numbers. For an editor it counts their own village's entries (and the shared types
 * they may read, such as kecamatan, as they are); everyone else gets Strapi's own answer.
 */
import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { VILLAGE_OWNED, uidOf } from '../content-types';
import { currentEditor, type Editor } from '../services/editors';

type Counts = { draft: number; published: number; modified: number };
type Uid = Parameters<Core.Strapi['db']['query']>[0];
type Schema = { pluginOptions?: { 'content-manager'?: { visible?: boolean } } };
const schemaOf = (strapi: Core.Strapi, uid: string) =>
  (strapi.contentTypes as Record<string, (typeof strapi.contentTypes)[keyof typeof strapi.contentTypes]>)[
    uid
  ];
type Row = { documentId: string; publishedAt: string | Date | null; updatedAt: string | Date | null };

const VILLAGE = uidOf('village');
const OWNED = new Set<string>(VILLAGE_OWNED.map(uidOf));

/** The types the user may read in the Content Manager and that it shows. */
const readableTypes = async (strapi: Core.Strapi, userId: number): Promise<string[]> => {
  const permissions = await strapi.db.query('admin::permission').findMany({
    where: { role: { users: { id: userId } }, action: 'plugin::content-manager.explorer.read' },
    select: ['subject'],
  });
  return [...new Set(permissions.map((p: { subject: string | null }) => p.subject))].filter(
    (uid): uid is string =>
      !!uid &&
      !!schemaOf(strapi, uid) &&
      (schemaOf(strapi, uid) as Schema).pluginOptions?.['content-manager']?.visible !== false,
  );
};

const time = (value: Row['updatedAt']) => (value ? new Date(value).getTime() : -1);

/** Strapi's buckets: never published → draft; draft as new as the published version → published; else modified. */
export const classify = (rows: Row[], draftAndPublish: boolean, counts: Counts) => {
  const documents = new Map<string, { draft: number; published: number | null }>();
  for (const row of rows) {
    const doc = documents.get(row.documentId) ?? { draft: -1, published: null };
    if (row.publishedAt) doc.published = Math.max(doc.published ?? -1, time(row.updatedAt));
    else doc.draft = Math.max(doc.draft, time(row.updatedAt));
    documents.set(row.documentId, doc);
  }
  for (const doc of documents.values()) {
    if (!draftAndPublish) counts.published += 1;
    else if (doc.published === null) counts.draft += 1;
    else if (doc.draft === doc.published) counts.published += 1;
    else counts.modified += 1;
  }
};

const countFor = async (strapi: Core.Strapi, editor: Editor): Promise<Counts> => {
  const counts: Counts = { draft: 0, published: 0, modified: 0 };
  const own = { documentId: { $in: editor.villages } };
  for (const uid of await readableTypes(strapi, editor.user.id)) {
    const where = uid === VILLAGE ? own : OWNED.has(uid) ? { village: own } : {};
    const rows: Row[] = await strapi.db.query(uid as Uid).findMany({
      where,
      select: ['documentId', 'publishedAt', 'updatedAt'],
    });
    classify(rows, contentTypes.hasDraftAndPublish(schemaOf(strapi, uid)), counts);
  }
  return counts;
};

export const scopeHomepageCounts = (strapi: Core.Strapi) => {
  const homepage = strapi.plugin('content-manager')?.service('homepage') as
    { getCountDocuments?: () => Promise<Counts> } | undefined;
  const original = homepage?.getCountDocuments?.bind(homepage);
  if (!homepage || !original) return;
  homepage.getCountDocuments = async () => {
    const editor = await currentEditor(strapi);
    return editor ? countFor(strapi, editor) : original();
  };
};
