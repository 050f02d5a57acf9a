import type { Core } from '@strapi/strapi';
import type { Counter } from './index';

/**
 * Creates a document unless one matching `where` exists. Goes through the document
 * service so validation and the village link rules apply to demo data too.
 */
export const findOrCreate = async (
  strapi: Core.Strapi,
  counter: Counter,
  name: string,
  where: Record<string, unknown>,
  create: () => Promise<{ data: Record<string, unknown>; en?: Record<string, unknown> }>,
): Promise<string> => {
  const uid = `plugin::webdesaku.${name}` as any;
  const existing = await strapi.db.query(uid).findOne({ where, select: ['documentId'] });
  if (existing) return existing.documentId;
  const { data, en } = await create();
  const doc = await strapi.documents(uid).create({ data, status: 'published', locale: 'id' } as any);
  if (en)
    await strapi
      .documents(uid)
      .update({ documentId: doc.documentId, locale: 'en', data: en, status: 'published' } as any);
  counter[name] = (counter[name] ?? 0) + 1;
  return doc.documentId;
};
