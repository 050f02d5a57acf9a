/** Which storefront cache tags an entry touches (docs/contracts.md "cache purge"). */
import type { Core } from '@strapi/strapi';
import { districtTag, villageTag } from '@webdesaku/contracts';

const P = 'plugin::webdesaku.';

export const tagsForDocument = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
): Promise<string[]> => {
  const name = uid.slice(P.length);
  if (name === 'site-setting') return ['portal'];
  if (name === 'district') {
    const d = await strapi.db.query(uid as any).findOne({ where: { documentId }, select: ['slug'] });
    return d ? [districtTag(d.slug), 'portal'] : ['portal'];
  }
  if (name === 'village') {
    const v = await strapi.db.query(uid as any).findOne({
      where: { documentId },
      select: ['slug'],
      populate: { district: { select: ['slug'] } },
    });
    if (!v) return ['portal'];
    return [villageTag(v.slug), 'portal', ...(v.district ? [districtTag(v.district.slug)] : [])];
  }
  // Every row of the document (draft, published, each locale): a draft may already name another village.
  const rows = await strapi.db.query(uid as any).findMany({
    where: { documentId },
    select: ['id'],
    populate: { village: { select: ['slug'] } },
  });
  const tags: string[] = [
    ...new Set(rows.filter((row) => row.village).map((row) => villageTag(row.village.slug))),
  ];
  if (name === 'article') tags.push('news', 'portal');
  return tags;
};
