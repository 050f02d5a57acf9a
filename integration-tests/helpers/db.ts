// Direct database looks for assertions: the test counts rows itself rather than trusting the script.
import pg from 'pg';
import { databaseUrl } from '../../scripts/lib/postgres.mjs';

export async function withClient<T>(serverUrl: string, database: string, fn: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** "schema.table" → row count, for every table of the public schema and any other user schema. */
export function countRows(serverUrl: string, database: string) {
  return withClient(serverUrl, database, async (client) => {
    const tables = await client.query<{ schemaname: string; tablename: string }>(
      `select schemaname, tablename from pg_tables
       where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
    );
    const counts: Record<string, number> = {};
    for (const { schemaname, tablename } of tables.rows) {
      const ident = `${client.escapeIdentifier(schemaname)}.${client.escapeIdentifier(tablename)}`;
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${ident}`);
      counts[`${schemaname}.${tablename}`] = Number(rows[0].n);
    }
    return counts;
  });
}

export async function databaseExists(serverUrl: string, database: string) {
  return withClient(serverUrl, 'postgres', async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    return (found.rowCount ?? 0) > 0;
  });
}
