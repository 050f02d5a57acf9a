import type { Knex } from 'knex';
import { GUEST_PRICE } from './guest-price';

/**
 * What the market sorts and filters by, per product and sales channel, computed from Medusa's
 * own tables: published, stock as the store API counts it (per inventory item, the available
 * quantity at the channel's stock locations over the quantity one unit needs; a variant without
 * managed inventory or with backorders is always in stock; no variant counts as in stock, as
 * the storefront reads it), the lowest price a guest pays for one unit, and the search document
 * (title weighs more than subtitle and description). `:products` limits it to some products.
 */
const entryFacts = (someProducts: boolean) => `
  WITH item_units AS (
    SELECT pvii.variant_id, psc.sales_channel_id,
      floor(coalesce(sum(il.stocked_quantity - il.reserved_quantity), 0) / pvii.required_quantity) AS units
    FROM product_sales_channel psc
    JOIN product_variant v ON v.product_id = psc.product_id AND v.deleted_at IS NULL AND v.manage_inventory
    JOIN product_variant_inventory_item pvii ON pvii.variant_id = v.id AND pvii.deleted_at IS NULL
    LEFT JOIN sales_channel_stock_location scl
      ON scl.sales_channel_id = psc.sales_channel_id AND scl.deleted_at IS NULL
    LEFT JOIN inventory_level il ON il.inventory_item_id = pvii.inventory_item_id
      AND il.location_id = scl.stock_location_id AND il.deleted_at IS NULL
    WHERE psc.deleted_at IS NULL ${someProducts ? 'AND psc.product_id = ANY(:products)' : ''}
    GROUP BY pvii.variant_id, psc.sales_channel_id, pvii.inventory_item_id, pvii.required_quantity
  ),
  variant_units AS (
    SELECT variant_id, sales_channel_id, min(units) AS units FROM item_units GROUP BY 1, 2
  )
  SELECT p.id AS product_id, psc.sales_channel_id, p.handle, p.title, p.created_at,
    p.status = 'published' AS published,
    coalesce(bool_or(NOT v.manage_inventory OR v.allow_backorder OR coalesce(u.units, 0) > 0)
      FILTER (WHERE v.id IS NOT NULL), true) AS in_stock,
    min(pr.amount) AS price,
    setweight(to_tsvector('simple', p.title), 'A') ||
      setweight(to_tsvector('simple', coalesce(p.subtitle, '') || ' ' || coalesce(p.description, '')), 'C')
      AS document
  FROM product p
  JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL
  LEFT JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
  LEFT JOIN variant_units u ON u.variant_id = v.id AND u.sales_channel_id = psc.sales_channel_id
  LEFT JOIN product_variant_price_set pvps ON pvps.variant_id = v.id AND pvps.deleted_at IS NULL
  LEFT JOIN price pr ON pr.price_set_id = pvps.price_set_id AND ${GUEST_PRICE}
  WHERE p.deleted_at IS NULL ${someProducts ? 'AND p.id = ANY(:products)' : ''}
  GROUP BY p.id, psc.sales_channel_id`;

/**
 * Brings the market's read model up to date, for every product or only `productIds`, in one
 * statement: changed facts written, entries of deleted or unlinked products removed, unchanged
 * rows left alone. Lists read this table instead of computing 9,150 products' stock and price
 * per request (BENCHMARKS.md); the cart and checkout keep reading live stock. Answers the sales
 * channels whose entries changed, whose villages' cached lists are then out of date.
 */
export async function refreshMarketEntries(
  db: Knex,
  regionId: string,
  productIds?: string[],
): Promise<string[]> {
  const scope = productIds ? 'AND e.product_id = ANY(:products)' : '';
  const { rows } = await db.raw(
    `WITH facts AS (${entryFacts(!!productIds)}),
     written AS (
       INSERT INTO market_entry AS e (product_id, sales_channel_id, handle, title, created_at, published, in_stock, price, document)
       SELECT * FROM facts
       ON CONFLICT (product_id, sales_channel_id) DO UPDATE SET handle = EXCLUDED.handle,
         title = EXCLUDED.title, created_at = EXCLUDED.created_at, published = EXCLUDED.published,
         in_stock = EXCLUDED.in_stock, price = EXCLUDED.price, document = EXCLUDED.document
       WHERE (e.handle, e.title, e.created_at, e.published, e.in_stock, e.price, e.document)
         IS DISTINCT FROM (EXCLUDED.handle, EXCLUDED.title, EXCLUDED.created_at, EXCLUDED.published,
           EXCLUDED.in_stock, EXCLUDED.price, EXCLUDED.document)
       RETURNING e.sales_channel_id
     ),
     removed AS (
       DELETE FROM market_entry e WHERE TRUE ${scope} AND NOT EXISTS (
         SELECT 1 FROM facts f WHERE f.product_id = e.product_id AND f.sales_channel_id = e.sales_channel_id)
       RETURNING e.sales_channel_id
     )
     SELECT DISTINCT sales_channel_id FROM (SELECT * FROM written UNION ALL SELECT * FROM removed) changed`,
    { regionId, products: productIds ?? null },
  );
  return (rows as { sales_channel_id: string }[]).map((r) => r.sales_channel_id);
}
