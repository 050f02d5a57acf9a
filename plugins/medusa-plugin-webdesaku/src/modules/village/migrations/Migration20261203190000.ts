import { Migration } from '@medusajs/framework/mikro-orm/migrations';

/** Which file holds a producer's photo, so replacing or removing it deletes the old file. */
export class Migration20261203190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" add column if not exists "photo_file_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "photo_file_id";`);
  }
}
