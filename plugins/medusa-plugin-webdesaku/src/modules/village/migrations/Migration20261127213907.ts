import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261127213907 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "village" drop constraint if exists "village_slug_unique";`);
    this.addSql(
      `create table if not exists "village" ("id" text not null, "slug" text not null, "name" text not null, "strapi_document_id" text null, "whatsapp" text null, "courier_rate" integer not null default 10000, "sales_channel_id" text null, "stock_location_id" text null, "fulfillment_set_id" text null, "publishable_key_id" text null, "publishable_key" text null, "status" text check ("status" in ('pending', 'active', 'failed')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "village_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_village_slug_unique" ON "village" ("slug") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_village_deleted_at" ON "village" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "village" cascade;`);
  }
}
