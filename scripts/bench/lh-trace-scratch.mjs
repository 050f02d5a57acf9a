import lighthouse from 'lighthouse';
import { run, stop } from '/work/main/scripts/lib/proc.mjs';
import { CHROME, CHROME_FLAGS } from '/work/main/scripts/bench/measure/weight.mjs';
import { mkdtempSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
const port = 49333;
const proc = run('chromium', CHROME, [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${mkdtempSync('/tmp/lhc-')}`, 'about:blank'], { quiet: true });
for (let i = 0; i < 40; i++) { try { if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break; } catch {} await sleep(250); }
const url = process.argv[2];
const r = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r.lhr.audits;
console.log('perf', r.lhr.categories.performance.score, 'TBT', a['total-blocking-time'].numericValue|0);
const ev = r.artifacts.Trace.traceEvents;
// find main thread: CrRendererMain
for (const main of ev.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')) {
console.log('thread', main.pid, main.tid);
const tasks = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 15000).sort((x, y) => y.dur - x.dur).slice(0, 12);
for (const t of tasks) {
  const inner = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t);
  const by = {};
  for (const e of inner) by[e.name] = (by[e.name] ?? 0) + (e.dur ?? 0);
  console.log('task', t.name, ((t.ts - ev.find(e=>e.name==='navigationStart')?.ts)/1000).toFixed(0), (t.dur / 1000).toFixed(1), 'ms', Object.entries(by).sort((x, y) => y[1] - x[1]).slice(0, 10).map(([k, v]) => `${k}:${(v / 1000).toFixed(1)}`).join(' '));
}
}
await stop(proc);
process.exit(0);
