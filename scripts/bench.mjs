#!/usr/bin/env node
// `npm run bench`: seeds a regency-scale data set (17 kecamatan, 183 villages, ~9,000 products,
// ~5,500 articles), measures the stack at 3 and at 183 villages on its own databases and ports,
// and writes the figures with the budgets of issue 6 to BENCHMARKS.md. Not part of `npm test`.
// `npm run bench -- --help` lists the options; `-- --clean` removes everything it made.
import { benchArgs, USAGE } from './bench/args.mjs';
import { measureBrowser } from './bench/browser.mjs';
import { clean } from './bench/clean.mjs';
import { benchConfig, SCALES } from './bench/config.mjs';
import { analyzeDatabases, commit, machine, productCount } from './bench/machine.mjs';
import { bootStack } from './bench/measure/stack.mjs';
import { measureScale } from './bench/measure/suite.mjs';
import { measureScalesSideBySide } from './bench/measure/scales-side-by-side.mjs';
import { saveRun } from './bench/report/file.mjs';
import { runMarkdown } from './bench/report/markdown.mjs';
import { seedScale } from './bench/seed.mjs';
import { buildStale, migrateAndSeed } from './lib/stack.mjs';

const log = (line) => process.stdout.write(`[bench] ${line}\n`);
let running = null;

async function stopRunning() {
  const stack = running;
  running = null;
  if (stack) await stack.stop();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log('dihentikan; mematikan stack bench …');
    await stopRunning();
    process.exit(130);
  });
}

async function measure(opts, scales, started) {
  const run = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: commit(),
    machine: machine(),
    mode: opts.dev ? 'development' : 'production',
    slug: opts.village,
    settings: { ...opts.load.throughput, count: opts.load.latency.count },
    scales: {},
    notes: [],
  };
  for (const scale of scales) {
    const config = benchConfig(scale);
    log(`Migrasi commerce (${scale.name}) …`);
    await migrateAndSeed(config, { seed: false }, (_label, fn) => fn());
    log(`Statistik planner PostgreSQL (${scale.name}) …`);
    await analyzeDatabases(scale.databases);
    log(
      `Menjalankan stack ${scale.name} (${scale.villages} desa) di ${Object.values(config.urls).join(', ')} …`,
    );
    running = await bootStack(scale, { production: !opts.dev });
    try {
      if (!opts['no-browser'] && scale === scales[scales.length - 1]) {
        Object.assign(
          run,
          await measureBrowser(running, { slug: opts.village, lighthouseRuns: opts.lighthouseRuns, log }),
        );
      }
      log(`Mengukur ${scale.name} …`);
      const measured = await measureScale(running, { slug: opts.village, load: opts.load, log });
      run.scales[scale.name] = {
        villages: scale.villages,
        products: await productCount(scale.databases.commerce),
        ...measured,
      };
    } finally {
      await stopRunning();
    }
  }
  if (scales.length > 1) {
    log('Membandingkan skala berdampingan (dua stack sekaligus, bergantian) …');
    run.sideBySide = await measureScalesSideBySide(scales, {
      slug: opts.village,
      load: opts.load,
      production: !opts.dev,
      rounds: opts.load.latency.runs === 1 ? 2 : 5,
      log,
    });
  }
  run.seconds = (Date.now() - started) / 1000;
  return run;
}

async function main() {
  const opts = benchArgs();
  if (opts.help) return void process.stdout.write(`${USAGE}\n`);
  if (opts.clean) return clean(log);
  const started = Date.now();
  const scales = SCALES.filter((s) => opts.scales.includes(s.name));
  if (!scales.length) throw new Error(`--scales must name some of: ${SCALES.map((s) => s.name).join(', ')}`);
  await buildStale(benchConfig(scales[0]), async (label, fn) => {
    log(`${label} …`);
    return fn();
  });
  if (!opts['no-seed']) {
    // The demo scale is the template of the regency scale, so it is seeded first.
    for (const scale of SCALES.filter((s) => scales.includes(s) || s === SCALES[0])) {
      await seedScale(scale, { templateScale: scale === SCALES[0] ? null : SCALES[0], log });
    }
  }
  if (opts['seed-only']) return;
  const run = await measure(opts, scales, started);
  const markdown = runMarkdown(run);
  process.stdout.write(`\n${markdown}\n`);
  if (!opts['no-write']) {
    saveRun(run, markdown);
    log('BENCHMARKS.md diperbarui.');
  }
}

main().catch(async (error) => {
  log(`Gagal: ${error.stack ?? error.message}`);
  await stopRunning();
  process.exit(1);
});
