import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { openShopsSql } from './market/open-shops';

export type SitemapProduct = { village: string; handle: string; updated_at: Date };

/**
 * Every published product in an open village shop (the market's own rule: active village, enabled
 * channel, valid key), for the storefront's sitemaps. One SQL statement over the village, link and
 * product tables: `query.graph` cannot join a module's table to another module's without the index
 * module, and passing ~10,000 product ids back in as a filter grows with the catalogue. Read only.
 * Oldest first, so the sitemap files keep their entries as products are added.
 */
export async function listSitemapProducts(container: MedusaContainer): Promise<SitemapProduct[]> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const { rows } = await db.raw(`
    WITH shop AS (${openShopsSql(false)})
    SELECT s.slug AS village, p.handle, p.updated_at
    FROM shop s
    JOIN product_sales_channel psc ON psc.sales_channel_id = s.sales_channel_id AND psc.deleted_at IS NULL
    JOIN product p ON p.id = psc.product_id AND p.deleted_at IS NULL AND p.status = 'published'
    ORDER BY p.created_at, p.id`);
  return rows as SitemapProduct[];
}
