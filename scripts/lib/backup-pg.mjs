// PostgreSQL side of backups: which server, which pg_dump/pg_restore can talk to it, row counts.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl, EMBEDDED_PORT } from './postgres.mjs';

/** The server `npm start` uses: DATABASE_URL (its database name is ignored) or the embedded one. */
export function serverUrlFromEnv(env = process.env) {
  return env.DATABASE_URL || `postgres://postgres:postgres@localhost:${EMBEDDED_PORT}/postgres`;
}

export const DEFAULT_DATABASES = { cms: 'webdesaku_cms', commerce: 'webdesaku_commerce' };

/** libpq environment for a URL, so the password never shows in a process list. */
export function libpqEnv(serverUrl, database) {
  const url = new URL(databaseUrl(serverUrl, database));
  const env = {
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    PGDATABASE: database,
  };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

export async function serverMajor(serverUrl) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query('show server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

export function toolMajor(binary) {
  const out = execFileSync(binary, ['--version']).toString();
  const match = out.match(/(\d+)(?:\.\d+)?/);
  return match ? Number(match[1]) : 0;
}

function candidates(tool, env) {
  const found = [];
  if (env.PG_BIN) found.push(path.join(env.PG_BIN, tool));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) {
      found.push(path.join(debian, version, 'bin', tool));
    }
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) found.push(path.join(dir, tool));
  return [...new Set(found)].filter((file) => existsSync(file));
}

/**
 * pg_dump refuses a server newer than itself, so pick a tool of at least the server's major version.
 * PG_BIN names a folder to prefer (e.g. /usr/lib/postgresql/17/bin).
 */
export function findTool(tool, minMajor, env = process.env) {
  const all = candidates(tool, env).map((file) => ({ file, major: toolMajor(file) }));
  const fit = all.find((c) => c.major >= minMajor);
  if (fit) return fit.file;
  const seen = all.map((c) => `${c.file} (${c.major})`).join(', ') || 'none';
  throw new Error(
    `${tool} ${minMajor} or newer is needed for this PostgreSQL ${minMajor} server; found: ${seen}. ` +
      `Install postgresql-client-${minMajor} or set PG_BIN to the folder holding ${tool}.`,
  );
}

/** Exact row count of every ordinary table outside the system schemas, keyed "schema.table". */
export async function tableCounts(client) {
  const { rows } = await client.query(
    `select table_schema, table_name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
     order by 1, 2`,
  );
  const counts = {};
  for (const { table_schema: schema, table_name: table } of rows) {
    const ident = `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(table)}`;
    const result = await client.query(`select count(*)::bigint as n from ${ident}`);
    counts[`${schema}.${table}`] = Number(result.rows[0].n);
  }
  return counts;
}

export async function withDatabase(serverUrl, database, fn) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
