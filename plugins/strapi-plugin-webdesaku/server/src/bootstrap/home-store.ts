import type { Core } from '@strapi/strapi';
import { HOME_GENERATIONS, HOME_STORE_TABLE } from '../services/home-store';

const FILE = 'plugin::upload.file';

/**
 * The village homes' read model (services/home-store.ts) is a cache, not content: a plain table
 * Strapi's schema sync leaves alone, made here if missing, under a lock because replicas may boot
 * at the same time (two `CREATE ... IF NOT EXISTS` can still collide in PostgreSQL's catalog).
 */
async function ensureTable(strapi: Core.Strapi) {
  await strapi.db.connection.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(hashtext(?))`, [HOME_STORE_TABLE]);
    await trx.raw(`CREATE SEQUENCE IF NOT EXISTS ${HOME_GENERATIONS}`);
    await trx.raw(`
      CREATE TABLE IF NOT EXISTS ${HOME_STORE_TABLE} (
        slug varchar(255) NOT NULL,
        locale varchar(16) NOT NULL,
        generation bigint NOT NULL DEFAULT nextval('${HOME_GENERATIONS}'),
        body text,
        valid_until timestamptz,
        format varchar(32),
        PRIMARY KEY (slug, locale)
      )`);
  });
}

/**
 * The table, every stored home marked stale (the code that builds them may have changed with
 * this start), and media files watched: a replaced or deleted logo, photo or report changes
 * homes without any write through the document service.
 */
export async function ensureHomeStore(strapi: Core.Strapi): Promise<void> {
  await ensureTable(strapi);
  const homes = strapi.plugin('webdesaku').service('homeStore');
  await homes.invalidate('all');
  const filesChanged = async () => {
    try {
      await homes.invalidate('all');
    } catch (err) {
      strapi.log.error(`[webdesaku] could not mark village homes stale: ${(err as Error).message}`);
    }
  };
  strapi.db.lifecycles.subscribe({
    models: [FILE],
    afterUpdate: filesChanged,
    afterUpdateMany: filesChanged,
    afterDelete: filesChanged,
    afterDeleteMany: filesChanged,
  });
}
