// `npm run bench -- --clean`: removes everything the bench made — its databases, the files its
// seeds uploaded (found through those databases before they are dropped), its Redis database
// and its state. The development and test databases are never touched.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl, dropDatabase } from '../lib/postgres.mjs';
import { ROOT } from '../lib/stack.mjs';
import { PG_SERVER, REDIS_URL, SCALES, STATE_DIR } from './config.mjs';
import { flushRedis } from './redis.mjs';

async function query(database, sql) {
  const client = new pg.Client({ connectionString: databaseUrl(PG_SERVER, database) });
  try {
    await client.connect();
    return (await client.query(sql)).rows;
  } catch {
    return []; // database or table absent: nothing of ours to find there
  } finally {
    await client.end().catch(() => {});
  }
}

/** Upload paths of Strapi files (with their resized formats) and Medusa product images. */
async function uploadedFiles(scale) {
  const files = [];
  for (const row of await query(scale.databases.cms, 'select url, formats from files')) {
    files.push(row.url, ...Object.values(row.formats ?? {}).map((f) => f.url));
  }
  const strapi = files.filter((u) => u?.startsWith('/uploads/')).map((u) => path.join(ROOT, 'cms/public', u));
  const images = await query(
    scale.databases.commerce,
    'select url from image union select thumbnail from product',
  );
  const medusa = images
    .map((r) => r.url && /\/static\/([^/?#]+)$/.exec(r.url)?.[1])
    .filter(Boolean)
    .map((name) => path.join(ROOT, 'commerce/static', name));
  return [...strapi, ...medusa];
}

export async function clean(log = console.log) {
  const files = new Set();
  for (const scale of SCALES) for (const file of await uploadedFiles(scale)) files.add(file);
  let removed = 0;
  for (const file of files) {
    if (existsSync(file)) {
      rmSync(file);
      removed++;
    }
  }
  for (const scale of SCALES) {
    await dropDatabase(PG_SERVER, scale.databases.cms);
    await dropDatabase(PG_SERVER, scale.databases.commerce);
  }
  await flushRedis(REDIS_URL).catch((error) =>
    log(`Redis ${REDIS_URL} tidak bisa dikosongkan: ${error.message}`),
  );
  rmSync(STATE_DIR, { recursive: true, force: true });
  log(
    `Bench dibersihkan: ${SCALES.length * 2} basis data dihapus, ${removed} berkas unggahan dihapus, ${REDIS_URL} dikosongkan.`,
  );
}
