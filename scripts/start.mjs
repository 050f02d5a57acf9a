#!/usr/bin/env node
// `npm start`: the whole Webdesaku stack from one command.
// DATABASE_URL / REDIS_URL name existing servers; without DATABASE_URL an embedded PostgreSQL runs from .data/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbedded } from './lib/postgres.mjs';
import { prefixer } from './lib/proc.mjs';
import {
  ROOT,
  buildMissing,
  createDatabases,
  migrateAndSeed,
  stackConfig,
  startAll,
  stopAll,
} from './lib/stack.mjs';
import { printReady } from './lib/banner.mjs';

const DATA = path.join(ROOT, '.data');
const STATE = path.join(DATA, 'state.json');
const log = prefixer('setup');

async function progress(label, fn) {
  const started = Date.now();
  log.write(`${label} …\n`);
  const timer = setInterval(
    () => log.write(`  ${label}: ${Math.round((Date.now() - started) / 1000)} s\n`),
    15_000,
  );
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    log.write(`${label}: selesai dalam ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
}

function readState() {
  return existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : { seeded: {} };
}

function writeState(state) {
  mkdirSync(DATA, { recursive: true });
  writeFileSync(STATE, JSON.stringify(state, null, 2));
}

let embedded = null;
let procs = {};
let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log.write('Menghentikan semua layanan …\n');
  await stopAll(procs);
  if (embedded) await embedded.stop();
  log.write('Selesai.\n');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const pgLog = prefixer('postgres');
    // Only trouble is worth a line: the server's routine start-up chatter is not.
    const onLog = (line) => /ERROR|FATAL|PANIC/.test(line) && pgLog.write(line + '\n');
    embedded = await progress('Menyalakan PostgreSQL bawaan (.data/postgres)', () =>
      startEmbedded(path.join(DATA, 'postgres'), onLog),
    );
    serverUrl = embedded.url;
  }
  const config = stackConfig({ serverUrl, redisUrl: process.env.REDIS_URL });
  await buildMissing(config, progress);
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
  log.write(`Gagal: ${error.message}\n`);
  await shutdown(1);
});
