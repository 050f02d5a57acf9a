import type { Knex } from 'knex';

/**
 * The village shops a guest can buy from, as the store API sees them: provisioned, the sales
 * channel enabled, the publishable key valid; with `:villages` (slugs) when `onlyThese`. One
 * SQL rule for every market query, so a closed shop disappears from all of them at once.
 */
export const openShopsSql = (onlyThese: boolean) => `
  SELECT v.id, v.slug, v.name, v.sales_channel_id FROM village v
  JOIN sales_channel sc ON sc.id = v.sales_channel_id AND sc.deleted_at IS NULL AND NOT sc.is_disabled
  JOIN api_key k ON k.id = v.publishable_key_id AND k.deleted_at IS NULL AND k.revoked_at IS NULL
  WHERE v.status = 'active' AND v.deleted_at IS NULL ${onlyThese ? 'AND v.slug = ANY(:villages)' : ''}`;

/** Whether a guest can buy from the village's shop today, by the same rule as the market. */
export async function shopIsOpen(db: Knex, slug: string): Promise<boolean> {
  const { rows } = await db.raw(`SELECT EXISTS (${openShopsSql(true)}) AS open`, { villages: [slug] });
  return rows[0]?.open === true;
}
