import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { listMarketCategories } from '../../../lib/market/market-categories';
import type { MarketCategoriesQuery } from './validators';

/** The regency market's categories with products to show (public, no key), of some villages if asked. */
export async function GET(req: MedusaRequest<unknown, MarketCategoriesQuery>, res: MedusaResponse) {
  const { village } = req.validatedQuery as MarketCategoriesQuery;
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  res.json({ categories: await listMarketCategories(db, village) });
}
