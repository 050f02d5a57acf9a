// Restore of a Webdesaku backup into fresh databases, checked against the counts in its manifest.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { databaseUrl, dropDatabase } from './postgres.mjs';
import { findTool, libpqEnv, tableCounts, withDatabase } from './backup-pg.mjs';

const exec = promisify(execFile);

export function readManifest(folder) {
  const file = path.join(folder, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${folder} is not a Webdesaku backup (no manifest.json)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Creates an empty database; an existing one is only replaced when asked (it would be lost). */
async function createFresh(serverUrl, database, replace) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount > 0 && !replace) {
      throw new Error(
        `database "${database}" already exists; stop the apps and pass --replace to overwrite it`,
      );
    }
    if (found.rowCount > 0) await client.query(`drop database ${pg.escapeIdentifier(database)} with (force)`);
    await client.query(`create database ${pg.escapeIdentifier(database)} template template0`);
  } finally {
    await client.end();
  }
}

/** Tables whose restored row count differs from the backup's, as readable lines. */
export function countDifferences(expected, actual) {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names]
    .filter((name) => expected[name] !== actual[name])
    .map((name) => `${name}: backup ${expected[name] ?? 'missing'}, restored ${actual[name] ?? 'missing'}`);
}

/**
 * @param {{ serverUrl: string, folder: string, databases: {cms: string, commerce: string},
 *   replace?: boolean, filesTo?: string | null, root: string, log?: (line: string) => void }} options
 */
export async function restore({
  serverUrl,
  folder,
  databases,
  replace = false,
  filesTo,
  root,
  log = () => {},
}) {
  const manifest = readManifest(folder);
  // An archive is read by a pg_restore at least as new as its pg_dump; the target server may be newer.
  const pgRestore = findTool('pg_restore', manifest.dumpToolMajor ?? manifest.serverMajor);
  for (const [part, entry] of Object.entries(manifest.databases)) {
    const database = databases[part];
    log(`pg_restore ${entry.file} → ${database}`);
    await createFresh(serverUrl, database, replace);
    try {
      await exec(
        pgRestore,
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          '-d',
          database,
          path.join(folder, entry.file),
        ],
        { env: { ...process.env, ...libpqEnv(serverUrl, database) }, maxBuffer: 16 * 1024 * 1024 },
      );
      const differences = countDifferences(
        entry.counts,
        await withDatabase(serverUrl, database, tableCounts),
      );
      if (differences.length > 0) throw new Error(`row counts differ:\n  ${differences.join('\n  ')}`);
    } catch (error) {
      // A half-restored database must not be mistaken for a good one.
      await dropDatabase(serverUrl, database);
      throw new Error(`restore of ${part} into "${database}" failed: ${error.message}`);
    }
    log(`${database}: ${Object.keys(entry.counts).length} tables, row counts match the backup`);
  }
  if (filesTo === null) return manifest;
  for (const [part, entry] of Object.entries(manifest.files)) {
    const source = path.join(folder, 'files', part);
    const target = filesTo ? path.join(filesTo, part) : path.join(root, entry.from);
    if (existsSync(source)) cpSync(source, target, { recursive: true, force: true });
    log(`files → ${target}: ${entry.count}`);
  }
  return manifest;
}
