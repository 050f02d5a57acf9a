import type { Knex } from 'knex';
import { openShopsSql } from './open-shops';

export interface MarketCategory {
  id: string;
  handle: string;
  name: string;
  /** Published products of open village shops in the category. */
  count: number;
}

/**
 * The categories a shopper can narrow the regency market by: active public ones that hold at
 * least one published product of an open village shop (of the given villages, when given),
 * with how many, by name. An empty category would lead to an empty page.
 */
export async function listMarketCategories(db: Knex, villages?: string[]): Promise<MarketCategory[]> {
  const { rows } = await db.raw(
    `WITH shop AS (${openShopsSql(!!villages)})
     SELECT c.id, c.handle, c.name, CAST(count(DISTINCT p.id) AS int) AS count
     FROM product_category c
     JOIN product_category_product pcp ON pcp.product_category_id = c.id
     JOIN product p ON p.id = pcp.product_id AND p.status = 'published' AND p.deleted_at IS NULL
     JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL
     JOIN shop s ON s.sales_channel_id = psc.sales_channel_id
     WHERE c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal
     GROUP BY c.id, c.handle, c.name
     ORDER BY lower(c.name)`,
    { villages: villages ?? null },
  );
  return rows as MarketCategory[];
}
