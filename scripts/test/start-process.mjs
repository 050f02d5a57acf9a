// Runs `scripts/start.mjs` as a newcomer would and collects what it printed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `node scripts/start.mjs` until it exits (or `timeoutMs`), with `env` on top of a clean one. */
export function runStart({ node = process.execPath, env = {}, timeoutMs = 30_000 } = {}) {
  const base = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'REDIS_URL',
    'CMS_PORT',
    'COMMERCE_PORT',
    'STOREFRONT_PORT',
    'EMBEDDED_PG_PORT',
    'WEBDESAKU_DATA',
  ])
    delete base[name];
  const child = spawn(node, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output, pid: child.pid });
    });
  });
}
