import { Migration } from '@medusajs/framework/mikro-orm/migrations';

export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "regency_admin" ("id" text not null, "user_id" text not null, "granted_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "regency_admin_pkey" primary key ("id"));`,
    );
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_regency_admin_user_id_unique" ON "regency_admin" ("user_id") WHERE deleted_at IS NULL;`,
    );
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_regency_admin_deleted_at" ON "regency_admin" ("deleted_at") WHERE deleted_at IS NULL;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "regency_admin" cascade;`);
  }
}
