import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/** Producers (pelapak) of a village; which product each made is a link (links/product-producer.ts). */
export class Migration20261203180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer" ("id" text not null, "village_id" text not null, "name" text not null, "whatsapp" text null, "whatsapp_public" boolean not null default false, "profile" text null, "photo_url" text null, "dusun" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_village_id" ON "producer" ("village_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }
}
