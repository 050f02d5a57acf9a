import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/** Payment details per village: bank accounts for transfer and the QRIS image. */
export class Migration20261203150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "village" add column if not exists "bank_accounts" jsonb null, add column if not exists "qris_image_url" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "village" drop column if exists "bank_accounts", drop column if exists "qris_image_url";`,
    );
  }
}
