import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SERVER_URL = process.env.WEBDESAKU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/** A database of our own for one test file, dropped afterwards. */
export const createDatabase = async () => {
  const name = `wd_test_cms_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
};
