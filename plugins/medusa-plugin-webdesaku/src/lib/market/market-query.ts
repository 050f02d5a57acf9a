import type { Knex } from 'knex';
import type { MarketFilter, MarketSort } from './market-filter';
import { openShopsSql } from './open-shops';

/** One row of the market's page: which product, in which village's shop, and what it was sorted by. */
export interface MarketRow {
  id: string;
  village_id: string;
  slug: string;
  village_name: string;
  sales_channel_id: string;
  in_stock: boolean;
  total: string;
}

// The same words as the product search in Medusa's store API reads (title, subtitle, description).
// The migration script market-search-index indexes exactly this expression (keep them equal).
export const productText = (alias: string) =>
  `to_tsvector('simple', ${alias}.title || ' ' || coalesce(${alias}.subtitle, '') || ' ' || coalesce(${alias}.description, ''))`;
const RANK = `ts_rank(setweight(to_tsvector('simple', p.title), 'A') || setweight(${productText('p')}, 'C'), to_tsquery('simple', :rankQuery))`;

/**
 * The prices Medusa may calculate for a guest buying one unit in the Indonesia region
 * (`:regionId`): in rupiah, for a quantity of one, without rules or with only that region's,
 * from no price list or an active one for everyone within its dates. The lowest of them orders
 * and filters the market; for a base price and a sale it is the price the card shows (an
 * "override" list dearer than the base price is the one case it is not).
 */
const GUEST_PRICE = `pr.deleted_at IS NULL AND pr.currency_code = 'idr'
  AND coalesce(pr.min_quantity, 1) <= 1 AND coalesce(pr.max_quantity, 1) >= 1
  AND (pr.rules_count = 0 OR (pr.rules_count = 1 AND EXISTS (
    SELECT 1 FROM price_rule r WHERE r.price_id = pr.id AND r.deleted_at IS NULL
      AND r.attribute = 'region_id' AND r.operator = 'eq' AND r.value = :regionId)))
  AND (pr.price_list_id IS NULL OR EXISTS (
    SELECT 1 FROM price_list pl WHERE pl.id = pr.price_list_id AND pl.deleted_at IS NULL
      AND pl.status = 'active' AND coalesce(pl.rules_count, 0) = 0
      AND (pl.starts_at IS NULL OR pl.starts_at <= now()) AND (pl.ends_at IS NULL OR pl.ends_at >= now())))`;

const ORDER: Record<MarketSort, string> = {
  relevance: 'rank DESC, created_at DESC',
  newest: 'created_at DESC',
  price_asc: 'price ASC NULLS LAST',
  price_desc: 'price DESC NULLS LAST',
  title: 'lower(title) ASC',
  daily: 'md5(id || :day)',
};

/**
 * A word matches a product when it starts a word of the product's text, or is part of its
 * village's or one of its categories' names: "gerabah anjun" finds Anjun's pottery. Three sets
 * in a union, so the text part is read from its index instead of every product's text.
 */
function wordCondition(n: number): string {
  return `p.id IN (
      SELECT t.id FROM product t WHERE ${productText('t')} @@ to_tsquery('simple', :prefix${n})
      UNION SELECT vp.product_id FROM product_sales_channel vp
        JOIN shop vs ON vs.sales_channel_id = vp.sales_channel_id
        WHERE vs.name ILIKE :like${n} AND vp.deleted_at IS NULL
      UNION SELECT pcp.product_id FROM product_category_product pcp
        JOIN product_category c ON c.id = pcp.product_category_id AND c.deleted_at IS NULL
          AND c.is_active AND NOT c.is_internal
        WHERE c.name ILIKE :like${n})`;
}

function conditions(filter: MarketFilter) {
  const where: string[] = [];
  const values: Record<string, unknown> = {};
  if (filter.category) {
    where.push(`p.id IN (SELECT pcp.product_id FROM product_category_product pcp
      JOIN product_category c ON c.id = pcp.product_category_id
      WHERE c.handle = :category AND c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal)`);
    values.category = filter.category;
  }
  if (filter.handle) {
    where.push('p.handle = :handle');
    values.handle = filter.handle;
  }
  if (filter.productIds) {
    where.push('p.id = ANY(:productIds)');
    values.productIds = filter.productIds;
  }
  filter.terms.forEach((word, n) => {
    where.push(wordCondition(n));
    values[`prefix${n}`] = `${word}:*`;
    values[`like${n}`] = `%${word}%`;
  });
  const having: string[] = [];
  if (filter.inStock) having.push('in_stock');
  if (filter.minPrice !== undefined) having.push('price >= :minPrice');
  if (filter.maxPrice !== undefined) having.push('price <= :maxPrice');
  return { where, having, values };
}

/**
 * The regency market's page in one statement: published products of active village shops,
 * filtered, with each product's stock (as the store API counts it at its village's locations)
 * and lowest base price in rupiah, in stock first, then the asked order; `total` counts them all.
 * Reads the product, pricing, inventory and link tables directly: one round trip for what the
 * store API would need a call per village for.
 */
export async function queryMarket(db: Knex, filter: MarketFilter): Promise<MarketRow[]> {
  const { sql, values } = marketStatement(filter);
  const result = await db.raw(sql, values);
  return result.rows as MarketRow[];
}

/** The statement and its named values, apart so a test can ask PostgreSQL for its plan. */
export function marketStatement(filter: MarketFilter): { sql: string; values: Record<string, unknown> } {
  const { where, having, values } = conditions(filter);
  const searching = filter.terms.length > 0;
  const sort: MarketSort = filter.sort === 'relevance' && !searching ? 'newest' : filter.sort;
  const sql = `
    WITH shop AS (${openShopsSql(!!filter.villages)}),
    listed AS (
      SELECT DISTINCT ON (p.id) p.id, p.title, p.created_at, s.id AS village_id, s.slug, s.name AS village_name,
        s.sales_channel_id, ${searching ? RANK : '0'} AS rank
      FROM product p
      JOIN product_sales_channel psc ON psc.product_id = p.id AND psc.deleted_at IS NULL
      JOIN shop s ON s.sales_channel_id = psc.sales_channel_id
      WHERE p.status = 'published' AND p.deleted_at IS NULL ${where.map((w) => `AND ${w}`).join(' ')}
      ORDER BY p.id, s.slug
    ),
    item_units AS (
      SELECT pvii.variant_id,
        floor(coalesce(sum(il.stocked_quantity - il.reserved_quantity), 0) / pvii.required_quantity) AS units
      FROM listed l
      JOIN product_variant v ON v.product_id = l.id AND v.deleted_at IS NULL AND v.manage_inventory
      JOIN product_variant_inventory_item pvii ON pvii.variant_id = v.id AND pvii.deleted_at IS NULL
      LEFT JOIN sales_channel_stock_location scl
        ON scl.sales_channel_id = l.sales_channel_id AND scl.deleted_at IS NULL
      LEFT JOIN inventory_level il ON il.inventory_item_id = pvii.inventory_item_id
        AND il.location_id = scl.stock_location_id AND il.deleted_at IS NULL
      GROUP BY pvii.variant_id, pvii.inventory_item_id, pvii.required_quantity
    ),
    variant_units AS (SELECT variant_id, min(units) AS units FROM item_units GROUP BY variant_id),
    priced AS (
      SELECT l.id, l.title, l.created_at, l.village_id, l.slug, l.village_name, l.sales_channel_id, l.rank,
        -- No variant counts as in stock, as the storefront reads a product without variants.
        coalesce(bool_or(NOT v.manage_inventory OR v.allow_backorder OR coalesce(u.units, 0) > 0)
          FILTER (WHERE v.id IS NOT NULL), true) AS in_stock,
        min(pr.amount) AS price
      FROM listed l
      LEFT JOIN product_variant v ON v.product_id = l.id AND v.deleted_at IS NULL
      LEFT JOIN variant_units u ON u.variant_id = v.id
      LEFT JOIN product_variant_price_set pvps ON pvps.variant_id = v.id AND pvps.deleted_at IS NULL
      LEFT JOIN price pr ON pr.price_set_id = pvps.price_set_id AND ${GUEST_PRICE}
      GROUP BY l.id, l.title, l.created_at, l.village_id, l.slug, l.village_name, l.sales_channel_id, l.rank
    )
    SELECT id, village_id, slug, village_name, sales_channel_id, in_stock, count(*) OVER () AS total
    FROM priced ${having.length ? `WHERE ${having.join(' AND ')}` : ''}
    ORDER BY in_stock DESC, ${ORDER[sort]}, id
    LIMIT :limit OFFSET :offset`;
  return {
    sql,
    values: {
      ...values,
      villages: filter.villages ?? null,
      rankQuery: filter.terms.map((w) => `${w}:*`).join(' | '),
      minPrice: filter.minPrice ?? null,
      maxPrice: filter.maxPrice ?? null,
      day: filter.day ?? '',
      regionId: filter.regionId,
      limit: filter.limit,
      offset: filter.offset,
    },
  };
}
