import type { ExecArgs } from '@medusajs/framework/types';
import { refreshMarket } from '../lib/market/refresh-market';

/**
 * Fills the market's read model for the products that exist when it is introduced (a migration
 * script runs once, after every module has migrated, so the product tables are there).
 */
export default async function marketEntries({ container }: ExecArgs) {
  await refreshMarket(container);
}
