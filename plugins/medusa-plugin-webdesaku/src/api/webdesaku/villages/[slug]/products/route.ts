import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { listVillageProducts } from '../../../../../lib/catalog';
import { shopIsOpen } from '../../../../../lib/market/open-shops';
import { PRODUCER_ID, producersOfProducts, productIdsOfProducer } from '../../../../../lib/producers';
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

/** The producer (pelapak) to list the products of, or none; a 400 for what is not a producer's id. */
function producerFilter(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && PRODUCER_ID.test(value)) return value;
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `producer harus id pelapak (prdc_…), bukan ${JSON.stringify(value)}.`,
  );
}

/**
 * The village's shop and its newest products in one public call (no key needed): what the
 * storefront's village home shows, each product with its producer (null when it names none);
 * `producer=<id>` lists only that producer's. A village without an active shop answers an empty list.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const village = await findVillageBySlug(req.scope, req.params.slug);
  const limit = whole(req.query.limit, 'limit', 8, [1, MAX_LIMIT]);
  const offset = whole(req.query.offset, 'offset', 0, [0, 100_000]);
  const producer = producerFilter(req.query.producer);
  const shop = publicVillage(village);
  const open = await shopIsOpen(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), village.slug);
  // Another village's or an unknown producer made none of this village's products: an empty page.
  const only = open && producer ? await productIdsOfProducer(req.scope, producer, village.id) : undefined;
  const { products, count } = open
    ? await listVillageProducts(req.scope, village.sales_channel_id!, { limit, offset, only })
    : { products: [], count: 0 };
  const producers = await producersOfProducts(req.scope, new Map(products.map((p) => [p.id, village.id])));
  res.json({
    village: shop,
    products: products.map((p) => ({ ...p, producer: producers.get(p.id) ?? null })),
    count,
    limit,
    offset,
  });
}
