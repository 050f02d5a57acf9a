#!/usr/bin/env node
// `npm start`: the whole Webdesaku stack from one command.
// DATABASE_URL / REDIS_URL name existing servers; without DATABASE_URL an embedded PostgreSQL runs from .data/.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedCluster } from './lib/embedded-postgres.mjs';
import { EMBEDDED_PORT } from './lib/postgres.mjs';
import { checkDatabase, checkNode, checkNotRunning, checkPorts } from './lib/preflight.mjs';
import { Problem } from './lib/problem.mjs';
import { portIsFree, prefixer } from './lib/proc.mjs';
import {
  ROOT,
  buildStale,
  createDatabases,
  defaultPorts,
  migrateAndSeed,
  stackConfig,
  startAll,
  stopAll,
} from './lib/stack.mjs';
import { printReady } from './lib/banner.mjs';

// WEBDESAKU_DATA moves the embedded database, the seed state and the lock (tests use their own).
const DATA = path.resolve(process.env.WEBDESAKU_DATA ?? path.join(ROOT, '.data'));
const STATE = path.join(DATA, 'state.json');
const LOCK = path.join(DATA, 'start.pid');
const log = prefixer('setup');

async function progress(label, fn) {
  const started = Date.now();
  log.write(`${label} …\n`);
  const timer = setInterval(
    () => log.write(`  ${label}: ${Math.round((Date.now() - started) / 1000)} s\n`),
    15_000,
  );
  try {
    const result = await fn();
    log.write(`${label}: selesai dalam ${Math.round((Date.now() - started) / 1000)} s\n`);
    return result;
  } finally {
    clearInterval(timer);
  }
}

function readState() {
  return existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : { seeded: {} };
}

function writeState(state) {
  mkdirSync(DATA, { recursive: true });
  writeFileSync(STATE, JSON.stringify(state, null, 2));
}

/** Every check that can fail in a second, before anything that takes minutes. */
async function preflight(serverUrl) {
  const ports = defaultPorts();
  const wanted = [
    { name: 'cms', variable: 'CMS_PORT', port: ports.cms },
    { name: 'commerce', variable: 'COMMERCE_PORT', port: ports.commerce },
    { name: 'storefront', variable: 'STOREFRONT_PORT', port: ports.storefront },
    ...(serverUrl
      ? []
      : [{ name: 'embedded PostgreSQL', variable: 'EMBEDDED_PG_PORT', port: EMBEDDED_PORT }]),
  ];
  const node = checkNode();
  if (node) return [node]; // the other checks' messages would only confuse
  const running = checkNotRunning(LOCK);
  if (running) return [running];
  return [await checkPorts(wanted, (port) => portIsFree(port)), await checkDatabase(serverUrl)].filter(
    Boolean,
  );
}

let embedded = null;
let procs = {};
let stopping = false;
let ownsLock = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log.write('Menghentikan semua layanan …\n');
  await stopAll(procs);
  if (embedded) await embedded.stop();
  if (ownsLock) rmSync(LOCK, { force: true });
  log.write('Selesai.\n');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  let serverUrl = process.env.DATABASE_URL;
  const problems = await preflight(serverUrl);
  if (problems.length > 0) {
    for (const problem of problems) log.write(`Gagal: ${problem.message}\n`);
    process.exit(1);
  }
  mkdirSync(DATA, { recursive: true });
  writeFileSync(LOCK, String(process.pid));
  ownsLock = true;

  if (!serverUrl) {
    const pgLog = prefixer('postgres');
    // Only trouble is worth a line: the server's routine start-up chatter is not.
    const onLog = (line) =>
      /ERROR|FATAL|PANIC|`postgres`/.test(line) &&
      !line.includes('due to administrator command') && // our own Ctrl-C
      pgLog.write(line + '\n');
    embedded = new EmbeddedCluster({ dataDir: path.join(DATA, 'postgres'), port: EMBEDDED_PORT, log: onLog });
    await progress('Menyalakan PostgreSQL bawaan', () => embedded.start());
    log.write(`PostgreSQL bawaan: data di ${embedded.dataDir}, port ${EMBEDDED_PORT}\n`);
    serverUrl = embedded.url;
  }
  const config = stackConfig({ serverUrl, redisUrl: process.env.REDIS_URL });
  await buildStale(config, progress);
  await createDatabases(config);

  const state = readState();
  const seedKey = `${config.env.cms.DATABASE_URL} ${config.env.commerce.DATABASE_URL}`;
  const seed = !state.seeded[seedKey];
  await migrateAndSeed(config, { seed }, progress);
  if (seed) writeState({ ...state, seeded: { ...state.seeded, [seedKey]: new Date().toISOString() } });

  procs = await startAll(config, progress);
  for (const proc of Object.values(procs)) {
    proc.exited.then(({ code }) => {
      if (stopping) return;
      log.write(`${proc.name} berhenti (kode ${code}); menghentikan yang lain.\n`);
      shutdown(1);
    });
  }
  printReady(config);
}

main().catch(async (error) => {
  // A Problem says what to do in one line; anything else is ours to fix: keep its detail.
  const message = error instanceof Problem ? error.message : (error?.stack ?? String(error));
  log.write(`Gagal: ${message}\n`);
  await shutdown(1);
});
