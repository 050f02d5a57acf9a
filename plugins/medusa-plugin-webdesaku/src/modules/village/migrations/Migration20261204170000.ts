import { Migration } from '@medusajs/framework/mikro-orm/migrations';

const SEARCH_INDEX = '"IDX_market_entry_document"';

/**
 * The market's word index takes new entries straight into its tree (`fastupdate` off). By
 * default a GIN index parks new entries in a pending list that every search reads through until
 * a vacuum merges it; after the bench's catalogue import a "kopi" search read that list in 2 ms
 * and PostgreSQL gave up the index for a scan of all 9,150 entries (the word match 2.5 ms instead
 * of 0.9 ms at 183 villages). Products change a few at a time, so a write into the tree is cheap;
 * searches are the market's most frequent read. Entries already pending are merged now.
 */
export class Migration20261204170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter index ${SEARCH_INDEX} set (fastupdate = off);`);
    this.addSql(`select gin_clean_pending_list('${SEARCH_INDEX}'::regclass);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index ${SEARCH_INDEX} reset (fastupdate);`);
  }
}
