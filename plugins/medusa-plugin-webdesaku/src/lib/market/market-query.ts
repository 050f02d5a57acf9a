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

const RANK = `ts_rank(e.document, to_tsquery('simple', :rankQuery))`;

/**
 * Each order after "in stock first", ending in the entry's key so pages never overlap. The
 * newest, price and title orders match an index of the read model (its migrations), so a page
 * is read from the head of that index instead of sorting the whole regency's products.
 */
const ORDER: Record<MarketSort, string> = {
  relevance: 'rank DESC, created_at DESC',
  newest: 'created_at DESC',
  price_asc: 'price ASC NULLS LAST',
  price_desc: 'price DESC NULLS LAST',
  title: 'lower(title) ASC',
  daily: 'md5(product_id || :day)',
};

/**
 * A word matches a product when it starts a word of the product's text, or is part of its
 * village's or one of its active public categories' names: "gerabah anjun" finds Anjun's pottery.
 * Each alternative is a list of keys of the read model (`= ANY(ARRAY(...))`), so PostgreSQL ORs
 * three index scans instead of testing every product of the regency.
 */
function wordCondition(n: number): string {
  return `(e.document @@ to_tsquery('simple', :prefix${n})
    OR e.sales_channel_id = ANY(ARRAY(SELECT v.sales_channel_id FROM village v
      WHERE v.name ILIKE :like${n} AND v.deleted_at IS NULL AND v.sales_channel_id IS NOT NULL))
    OR e.product_id = ANY(ARRAY(SELECT pcp.product_id FROM product_category_product pcp
      JOIN product_category c ON c.id = pcp.product_category_id AND c.deleted_at IS NULL
        AND c.is_active AND NOT c.is_internal
      WHERE c.name ILIKE :like${n})))`;
}

function conditions(filter: MarketFilter) {
  const where: string[] = [];
  const values: Record<string, unknown> = {};
  if (filter.category) {
    where.push(`e.product_id IN (SELECT pcp.product_id FROM product_category_product pcp
      JOIN product_category c ON c.id = pcp.product_category_id
      WHERE c.handle = :category AND c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal)`);
    values.category = filter.category;
  }
  if (filter.handle) {
    where.push('e.handle = :handle');
    values.handle = filter.handle;
  }
  if (filter.productIds) {
    where.push('e.product_id = ANY(:productIds)');
    values.productIds = filter.productIds;
  }
  filter.terms.forEach((word, n) => {
    where.push(wordCondition(n));
    values[`prefix${n}`] = `${word}:*`;
    values[`like${n}`] = `%${word}%`;
  });
  if (filter.inStock) where.push('e.in_stock');
  if (filter.minPrice !== undefined) where.push('e.price >= :minPrice');
  if (filter.maxPrice !== undefined) where.push('e.price <= :maxPrice');
  return { where, values };
}

/**
 * The regency market's page in one statement over its read model (lib/market/market-entries.ts)
 * and the open shops (read live, so a closed shop disappears at once): published products,
 * filtered, in stock first, then the asked order; `total` counts them all. The page and the
 * count are separate scans of the same matches, so the page can stop after `limit` rows.
 */
export async function queryMarket(db: Knex, filter: MarketFilter): Promise<MarketRow[]> {
  const { sql, values } = marketStatement(filter);
  const result = await db.raw(sql, values);
  return result.rows as MarketRow[];
}

/** The statement and its named values, apart so a test can ask PostgreSQL for its plan. */
export function marketStatement(filter: MarketFilter): { sql: string; values: Record<string, unknown> } {
  const { where, values } = conditions(filter);
  const searching = filter.terms.length > 0;
  const sort: MarketSort = filter.sort === 'relevance' && !searching ? 'newest' : filter.sort;
  const order = `in_stock DESC, ${ORDER[sort]}, product_id, sales_channel_id`;
  // A product two open shops sell is listed once per shop: each is a place to buy it. Unfiltered
  // by words, the page is read from the head of its order's index (so `hit` is not materialized);
  // a search ranks every match anyway, so its matches are found once for the page and the count.
  const sql = `
    WITH shop AS MATERIALIZED (${openShopsSql(!!filter.villages)}),
    hit AS ${searching ? '' : 'NOT '}MATERIALIZED (
      SELECT e.product_id, e.sales_channel_id, e.title, e.created_at, e.in_stock, e.price,
        ${searching ? RANK : '0'} AS rank
      FROM market_entry e
      WHERE e.published AND e.sales_channel_id IN (SELECT sales_channel_id FROM shop)
        ${where.map((w) => `AND ${w}`).join(' ')}
    ),
    page AS (SELECT * FROM hit ORDER BY ${order} LIMIT :limit OFFSET :offset)
    SELECT page.product_id AS id, s.id AS village_id, s.slug, s.name AS village_name,
      page.sales_channel_id, page.in_stock, (SELECT count(*) FROM hit) AS total
    FROM page JOIN shop s ON s.sales_channel_id = page.sales_channel_id
    ORDER BY ${order}`;
  return {
    sql,
    values: {
      ...values,
      villages: filter.villages ?? null,
      rankQuery: filter.terms.map((w) => `${w}:*`).join(' | '),
      minPrice: filter.minPrice ?? null,
      maxPrice: filter.maxPrice ?? null,
      day: filter.day ?? '',
      limit: filter.limit,
      offset: filter.offset,
    },
  };
}
