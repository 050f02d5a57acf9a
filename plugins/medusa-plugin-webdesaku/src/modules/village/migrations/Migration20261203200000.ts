import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/**
 * The regency market's read model (lib/market/market-entries.ts): per product and sales channel
 * what the market sorts and filters by. A table of its own, not a DML model: its search document
 * is a `tsvector`, which the DML cannot express, and only the market's SQL reads and writes it.
 */
export class Migration20261203200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "market_entry" ("product_id" text not null, "sales_channel_id" text not null, "handle" text not null, "title" text not null, "created_at" timestamptz not null, "published" boolean not null, "in_stock" boolean not null, "price" numeric null, "document" tsvector not null, constraint "market_entry_pkey" primary key ("product_id", "sales_channel_id"));`,
    );
    this.addSql(
      `create index if not exists "IDX_market_entry_sales_channel_id" on "market_entry" ("sales_channel_id");`,
    );
    this.addSql(
      `create index if not exists "IDX_market_entry_document" on "market_entry" using gin ("document");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "market_entry" cascade;`);
  }
}
