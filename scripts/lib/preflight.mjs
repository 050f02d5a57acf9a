// What `npm start` checks before any long step (builds take minutes): the Node version, that no
// other `npm start` runs here, that its ports are free, that DATABASE_URL answers. Each check
// returns a Problem (one line, Bahasa Indonesia and English, with the fixing command) or null.
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { problem } from './problem.mjs';

export const REQUIRED_NODE = '22.12.0';

function olderThan(version, required) {
  const [a, b] = [version, required].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

export function checkNode(version = process.versions.node) {
  if (!olderThan(version, REQUIRED_NODE)) return null;
  return problem({
    id: `Node ${version} terlalu lama, perlu ≥ ${REQUIRED_NODE}`,
    en: `Node ${version} is too old, ≥ ${REQUIRED_NODE} is required`,
    fix: 'npm install -g --prefix /opt/node24 node@24 && export PATH=/opt/node24/bin:$PATH',
  });
}

/** The pid recorded by a running `npm start` of this checkout, or null. */
export function runningStart(lockFile, alive = isAlive) {
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

export function checkNotRunning(lockFile, alive = isAlive) {
  const pid = runningStart(lockFile, alive);
  if (!pid) return null;
  return problem({
    id: `npm start sudah berjalan di folder ini (pid ${pid})`,
    en: `npm start is already running in this folder (pid ${pid})`,
    fix: `tekan Ctrl-C di sana, atau/or: kill -INT ${pid}`,
  });
}

/**
 * @param {{ name: string, variable: string, port: number }[]} ports
 * @param {(port: number) => Promise<boolean>} isFree
 */
export async function checkPorts(ports, isFree) {
  const taken = [];
  for (const entry of ports) if (!(await isFree(entry.port))) taken.push(entry);
  if (taken.length === 0) return null;
  const list = taken.map((t) => `${t.port} (${t.name}, ${t.variable})`).join(', ');
  const moved = taken.map((t) => `${t.variable}=${t.port + 100}`).join(' ');
  return problem({
    id: `port ${list} sudah dipakai program lain`,
    en: `port ${list} is already in use`,
    fix: `hentikan program itu, atau pakai port lain / stop that program, or move ours: ${moved} npm start`,
  });
}

/** The URL without its password, for messages. */
export function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

export async function checkDatabase(url, timeoutMs = 5_000) {
  if (!url) return null;
  const fail = (reason) =>
    problem({
      id: `DATABASE_URL (${redact(url)}) tidak bisa dihubungi: ${reason}`,
      en: `DATABASE_URL cannot be reached: ${reason}`,
      fix: 'periksa/check the server and the URL, or unset DATABASE_URL to use the embedded PostgreSQL: unset DATABASE_URL; npm start',
    });
  let client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  } catch (error) {
    return fail(error.message);
  }
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return fail(error.code ?? error.message);
  } finally {
    await client.end().catch(() => {});
  }
}
