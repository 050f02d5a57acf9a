import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { productText } from '../lib/market/market-query';

/**
 * The full-text index the regency market's search reads (lib/market/market-query.ts). A migration
 * script, not a module migration: it needs the product module's table, which exists only once
 * every module has migrated. Without it the search still answers, reading every product's text.
 */
export default async function marketSearchIndex({ container }: ExecArgs) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  await db.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_webdesaku_product_text" ON product USING gin ((${productText('product')}))`,
  );
}
