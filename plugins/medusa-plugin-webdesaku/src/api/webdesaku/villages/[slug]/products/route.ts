import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { listVillageProducts } from '../../../../../lib/catalog';
import { findVillageBySlug, publicVillage } from '../../../../../lib/villages';

const MAX_LIMIT = 50;

/** A whole number from the query string in [min, max], or a 400 that says which one is wrong. */
function whole(value: unknown, name: string, fallback: number, [min, max]: [number, number]): number {
  if (value === undefined || value === '') return fallback;
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name} harus bilangan bulat ${min}–${max}, bukan ${JSON.stringify(value)}.`,
    );
  }
  return n;
}

/**
 * The village's shop and its newest products in one public call (no key needed): what the
 * storefront's village home shows. A village without an active shop answers an empty list.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const village = await findVillageBySlug(req.scope, req.params.slug);
  const limit = whole(req.query.limit, 'limit', 8, [1, MAX_LIMIT]);
  const offset = whole(req.query.offset, 'offset', 0, [0, 100_000]);
  const shop = publicVillage(village);
  const open = village.status === 'active' && !!village.sales_channel_id && !!village.publishable_key;
  const { products, count } = open
    ? await listVillageProducts(req.scope, village.sales_channel_id!, { limit, offset })
    : { products: [], count: 0 };
  res.json({ village: shop, products, count, limit, offset });
}
