#!/usr/bin/env node
// `npm run build`: every build, in dependency order, each stamped with the inputs it was built from
// (so `npm start` and the whole-stack tests know it is current).
import { BUILDS, buildAll } from './lib/stack.mjs';
import { prefixer } from './lib/proc.mjs';
import { Problem } from './lib/problem.mjs';

const log = prefixer('setup');

async function timed(label, fn) {
  const started = Date.now();
  log.write(`${label} …\n`);
  await fn();
  log.write(`${label}: selesai dalam ${Math.round((Date.now() - started) / 1000)} s\n`);
}

buildAll({ quiet: false }, BUILDS, timed).catch((error) => {
  log.write(`Gagal: ${error instanceof Problem ? error.message : (error?.message ?? error)}\n`);
  process.exit(1);
});
