// Seeds one bench scale: databases (created, or copied from the demo scale), migrations, the demo
// seeds, then the regency bench seeders for Medusa and Strapi, each with a progress bar.
// A finished scale is recorded in .data/bench/state.json with a fingerprint of the generators,
// so a second `npm run bench` skips seeding unless the data set changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cloneDatabase, ensureDatabase } from '../lib/postgres.mjs';
import { run } from '../lib/proc.mjs';
import { ROOT, migrateAndSeed } from '../lib/stack.mjs';
import { benchConfig, PG_SERVER, STATE_DIR } from './config.mjs';
import { parseReport, progressBar } from './progress.mjs';

const STATE = path.join(STATE_DIR, 'state.json');
const GENERATORS = ['regency.mjs', 'catalog.mjs', 'articles.mjs', 'seed/commerce.mjs', 'seed/cms.mjs'];

export const readState = () => (existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : {});
const writeState = (state) => {
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(STATE, JSON.stringify(state, null, 2));
};

function fingerprint(scale) {
  const hash = createHash('sha256').update(String(scale.villages));
  for (const file of GENERATORS) hash.update(readFileSync(path.join(ROOT, 'scripts/bench', file)));
  hash.update(readFileSync(path.join(ROOT, 'scripts/demo/data.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Runs a seeding child, turning its `@@bench` lines into a progress bar. */
async function seedChild(label, command, args, options) {
  const bar = progressBar(label);
  const proc = run(label, command, args, { ...options, quiet: true });
  let rest = '';
  proc.child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const progress = parseReport(line.trim());
      if (progress) bar.update(progress);
    }
  });
  const { code, signal } = await proc.exited;
  bar.end();
  if (code !== 0)
    throw new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${proc.tail.join('').slice(-4000)}`);
}

export async function seedScale(scale, { templateScale, log = console.log } = {}) {
  const state = readState();
  const print = fingerprint(scale);
  if (state[scale.name]?.fingerprint === print) {
    log(`Data ${scale.name} (${scale.villages} desa) sudah lengkap, seeding dilewati.`);
    return false;
  }
  const config = benchConfig(scale);
  const template = templateScale && state[templateScale.name]?.fingerprint ? templateScale : null;
  await ensureDatabase(PG_SERVER, scale.databases.cms);
  await ensureDatabase(PG_SERVER, scale.databases.commerce);
  // `base`: the demo seed (or a copy of the demo scale) is in. Recorded apart from the bench data,
  // so a run that failed half-way repeats the (idempotent) demo seeds instead of skipping them.
  const base = Boolean(state[scale.name]?.base);
  const started = Date.now();
  if (!base && template) {
    log(`Menyalin basis data ${template.name} sebagai awal ${scale.name} …`);
    await cloneDatabase(PG_SERVER, template.databases.cms, scale.databases.cms);
    await cloneDatabase(PG_SERVER, template.databases.commerce, scale.databases.commerce);
  }
  log(`Migrasi${!base && !template ? ' dan data demo' : ''} (${scale.name}) …`);
  // The library's default progress callback does not run the step: always pass one.
  await migrateAndSeed(config, { seed: !base && !template }, (_label, fn) => fn());
  writeState({ ...readState(), [scale.name]: { base: true } });

  mkdirSync(STATE_DIR, { recursive: true });
  const shopsFile = path.join(STATE_DIR, `${scale.name}-shops.json`);
  const env = { BENCH_VILLAGES: String(scale.villages), BENCH_SHOPS_FILE: shopsFile };
  const medusa = path.join(ROOT, 'node_modules/@medusajs/cli/cli.js');
  await seedChild('medusa', process.execPath, [medusa, 'exec', '../scripts/bench/seed/commerce.mjs'], {
    cwd: path.join(ROOT, 'commerce'),
    env: { ...config.env.commerce, ...env },
  });
  await seedChild('strapi', process.execPath, [path.join(ROOT, 'scripts/bench/seed/cms.mjs')], {
    cwd: path.join(ROOT, 'cms'),
    env: { ...config.env.cms, ...env },
  });
  writeState({
    ...readState(),
    [scale.name]: { fingerprint: print, villages: scale.villages, seededAt: new Date().toISOString() },
  });
  log(`Data ${scale.name} siap dalam ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}
