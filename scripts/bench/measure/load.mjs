// Two ways to measure one URL from loopback, both bounded in time and count:
// throughput — autocannon with several connections for a few seconds (req/s, p50, p99);
// latency — one request after another (p50, p95, p99 of single requests, no queueing), which is what
// the merge-overhead budget compares. Every figure is the median of several runs.
import autocannon from 'autocannon';

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function autocannonOnce({ url, headers = {}, connections, seconds }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections, duration: seconds, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      const ok = result.requests.total - result.non2xx - result.errors;
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.non2xx + result.errors + result.timeouts,
        ok,
      });
    });
  });
}

/** Median of `runs` autocannon runs after a short warm-up that is not counted. */
export async function throughput(target, options) {
  return (await throughputRounds({ target }, options)).summary.target;
}

/**
 * Median of several autocannon runs per target (after a short warm-up each), the targets taking
 * turns run by run, so that a machine whose speed drifts (a shared VM) affects each alike;
 * `ratio(a, b)` is the median of the per-round ratios of a's and b's req/s.
 */
export async function throughputRounds(targets, { runs = 3, seconds = 5, connections = 10 } = {}) {
  const names = Object.keys(targets);
  for (const name of names) await autocannonOnce({ ...targets[name], connections, seconds: 1 });
  const results = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++)
    for (const name of names)
      results[name].push(await autocannonOnce({ ...targets[name], connections, seconds }));
  const summary = Object.fromEntries(
    names.map((name) => [
      name,
      {
        rps: median(results[name].map((r) => r.rps)),
        p50: median(results[name].map((r) => r.p50)),
        p99: median(results[name].map((r) => r.p99)),
        failed: results[name].reduce((n, r) => n + r.failed, 0),
        connections,
        runs,
      },
    ]),
  );
  const ratio = (a, b) => median(results[a].map((r, i) => r.rps / results[b][i].rps));
  return { summary, ratio };
}

async function timed(target) {
  const started = performance.now();
  if (target.request) {
    const ok = await target.request();
    return { ms: performance.now() - started, ok };
  }
  const res = await fetch(target.url, { headers: target.headers, signal: AbortSignal.timeout(15_000) });
  await res.arrayBuffer();
  return { ms: performance.now() - started, ok: res.ok };
}

/**
 * Sequential requests (or `target.request()` calls): at most `count` per run or `seconds`,
 * whichever comes first.
 * `before` runs ahead of every timed request and is not timed (e.g. a cache purge).
 */
export async function latency(target, { runs = 3, count = 150, seconds = 4, before } = {}) {
  for (let i = 0; i < 5; i++) await timed(target);
  const results = [];
  let failed = 0;
  for (let r = 0; r < runs; r++) {
    const samples = [];
    const deadline = performance.now() + seconds * 1000;
    while (samples.length < count && performance.now() < deadline) {
      if (before) await before();
      const { ms, ok } = await timed(target);
      if (!ok) failed++;
      samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    results.push({
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      p99: percentile(samples, 99),
      n: samples.length,
    });
  }
  return {
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    p99: median(results.map((r) => r.p99)),
    samples: results.reduce((n, r) => n + r.n, 0),
    failed,
    runs: results.length,
  };
}
