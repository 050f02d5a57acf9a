// What the figures were measured on, and at which commit.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { databaseUrl } from '../lib/postgres.mjs';
import { ROOT } from '../lib/stack.mjs';
import { PG_SERVER } from './config.mjs';

const git = (...args) => execFileSync('git', args, { cwd: ROOT }).toString().trim();

export function machine() {
  return {
    cpu: os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

export function commit() {
  const sha = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no').length > 0;
  return dirty ? `${sha} + uncommitted changes` : sha;
}

/**
 * Refreshes the planner statistics of a scale's databases. A bulk seed changes the tables' sizes
 * by thousands of rows; without fresh statistics PostgreSQL plans for the empty tables it last
 * saw (here the product list's queries scanned all 9,150 rows through the wrong index and took
 * 60 ms instead of 39). Autovacuum would do this later on its own, but it may be off (it is on
 * this machine's server), so the bench does not rely on it.
 */
export async function analyzeDatabases(databases) {
  for (const database of Object.values(databases)) await query(database, 'analyze');
}

/** Published products in a scale's commerce database. */
export async function productCount(database) {
  const rows = await query(
    database,
    "select count(*)::int as n from product where deleted_at is null and status = 'published'",
  );
  return rows[0].n;
}

/** One statement on one bench database, on a connection of its own. */
async function query(database, sql) {
  const client = new pg.Client({ connectionString: databaseUrl(PG_SERVER, database) });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
