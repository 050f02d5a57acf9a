// Backup of Webdesaku: both databases (pg_dump custom format) and the uploaded files, in one folder.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { databaseUrl } from './postgres.mjs';
import { findTool, libpqEnv, serverMajor, tableCounts, toolMajor } from './backup-pg.mjs';

const exec = promisify(execFile);

/** Uploaded files that live outside the databases, relative to the repository root. */
export const FILE_SETS = { cms: 'cms/public/uploads', commerce: 'commerce/static' };

export function timestamp(date = new Date()) {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Dumps one database. The row counts are taken inside the very snapshot pg_dump reads
 * (pg_export_snapshot), so they describe exactly what the dump holds even while apps write.
 */
async function dumpDatabase({ serverUrl, database, pgDump, file }) {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query('select pg_export_snapshot() as id');
    const counts = await tableCounts(client);
    await exec(
      pgDump,
      ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0].id}`, '-f', file],
      {
        env: { ...process.env, ...libpqEnv(serverUrl, database) },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    await client.query('commit');
    return counts;
  } finally {
    await client.end();
  }
}

/** A new timestamped folder; a second backup within the same second gets a suffix. */
function freshFolder(outDir) {
  mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, timestamp());
  for (let n = 1; n < 100; n += 1) {
    const folder = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(folder)) {
      mkdirSync(folder);
      return folder;
    }
  }
  throw new Error(`too many backups in ${outDir} within one second`);
}

function countFiles(dir) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (statSync(path.join(dir, String(entry))).isFile()) n += 1;
  }
  return n;
}

/**
 * @param {{ serverUrl: string, databases: {cms: string, commerce: string}, outDir: string,
 *   root: string, log?: (line: string) => void }} options
 * @returns {Promise<string>} the backup folder
 */
export async function backup({ serverUrl, databases, outDir, root, log = () => {} }) {
  const major = await serverMajor(serverUrl);
  const pgDump = findTool('pg_dump', major);
  const folder = freshFolder(outDir);
  const manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    serverMajor: major,
    // pg_restore must be at least as new as the pg_dump that wrote the archive.
    dumpToolMajor: toolMajor(pgDump),
    databases: {},
    files: {},
  };
  for (const [part, database] of Object.entries(databases)) {
    const file = `${part}.dump`;
    log(`pg_dump ${database} → ${file}`);
    const counts = await dumpDatabase({ serverUrl, database, pgDump, file: path.join(folder, file) });
    manifest.databases[part] = { database, file, counts };
  }
  for (const [part, relative] of Object.entries(FILE_SETS)) {
    const source = path.join(root, relative);
    const target = path.join(folder, 'files', part);
    if (existsSync(source)) cpSync(source, target, { recursive: true });
    manifest.files[part] = { from: relative, count: countFiles(target) };
    log(`files ${relative}: ${manifest.files[part].count}`);
  }
  writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return folder;
}
