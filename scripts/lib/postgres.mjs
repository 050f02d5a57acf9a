// One PostgreSQL server for the dev stack: the one in DATABASE_URL, or an embedded one under .data/.
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
