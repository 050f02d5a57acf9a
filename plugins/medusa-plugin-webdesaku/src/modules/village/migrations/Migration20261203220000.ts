import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/**
 * The market's orders as indexes of its read model (lib/market/market-query.ts): a page of the
 * newest, cheapest, dearest or by-name products is read from the head of one index and stops
 * after the page, so listing 183 villages costs what listing 3 does. Only published entries
 * are ever listed, so only they are indexed.
 */
const ORDERS: Record<string, string> = {
  newest: 'created_at DESC',
  price_asc: 'price ASC NULLS LAST',
  price_desc: 'price DESC NULLS LAST',
  title: 'lower(title)',
};

export class Migration20261203220000 extends Migration {
  override async up(): Promise<void> {
    for (const [name, order] of Object.entries(ORDERS)) {
      this.addSql(
        `create index if not exists "IDX_market_entry_${name}" on "market_entry" (in_stock DESC, ${order}, product_id, sales_channel_id) where published;`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const name of Object.keys(ORDERS)) {
      this.addSql(`drop index if exists "IDX_market_entry_${name}";`);
    }
  }
}
