// The budgets of issue 6, each judged from one run's figures: { name, figure, limit, met }.
// A budget whose figures are missing (a step failed or was skipped) is reported as not measured.
const KIB = 1024;
const ms = (v) => `${v.toFixed(1)} ms`;
const kib = (v) => `${(v / KIB).toFixed(1)} KiB`;
const fmt = (v) => Math.round(v).toLocaleString('en-US');

const check = (name, compute) => {
  try {
    const { figure, limit, met } = compute();
    return { name, figure, limit, met };
  } catch {
    return { name, figure: 'not measured', limit: '', met: null };
  }
};

const need = (v) => {
  if (v === undefined || v === null || Number.isNaN(v)) throw new Error('missing');
  return v;
};

/**
 * The slowest of the backend calls the uncached page makes: Strapi's home and Medusa's village
 * products (our plugin's one call); runs before that call existed made the store product list.
 */
export function slowestBackend(r) {
  return Math.max(need(r.strapiHome.latency.p50), need((r.villageProducts ?? r.medusaProducts).latency.p50));
}

export function judge(run) {
  const budgets = [];
  for (const [scale, m] of Object.entries(run.scales ?? {})) {
    const r = m.results;
    const label = `${m.villages} desa`;
    budgets.push(
      check(`Cached village page ≥ 0.5 × nginx (${label})`, () => {
        // median of the per-round ratios (the two take turns); older runs: ratio of the medians
        const ratio = r.cachedVsNginx ?? need(r.pageCached.throughput.rps) / need(r.nginx.throughput.rps);
        return {
          figure: `${ratio.toFixed(2)} × (${fmt(r.pageCached.throughput.rps)} vs ${fmt(r.nginx.throughput.rps)} req/s)`,
          limit: '≥ 0.50 ×',
          met: ratio >= 0.5,
        };
      }),
    );
    budgets.push(
      check(`Uncached village page p50 ≤ slowest backend + 15 ms (${label})`, () => {
        const slowest = slowestBackend(r);
        const page = need(r.pageUncached.latency.p50);
        return {
          figure: `${ms(page)} vs ${ms(slowest)} (+${ms(page - slowest)})`,
          limit: `≤ ${ms(slowest + 15)}`,
          met: page <= slowest + 15,
        };
      }),
    );
    if (scale !== 'regency') continue;
    const base = run.scales.demo?.results;
    // Measured side by side when available (both stacks at once, taking turns); otherwise the
    // figures of the two scales measured one after the other.
    const side = run.sideBySide;
    for (const [what, pick, key] of [
      ['village page (uncached)', (x) => x.pageUncached, 'page'],
      ['product list', (x) => x.medusaProducts, 'products'],
    ]) {
      budgets.push(
        check(
          `${what[0].toUpperCase()}${what.slice(1)} p50 at ${m.villages} desa within 20 % of ${run.scales.demo?.villages ?? 3} desa`,
          () => {
            const small = need(side ? side.demo?.[key]?.p50 : pick(base).latency.p50);
            const large = need(side ? side.regency?.[key]?.p50 : pick(r).latency.p50);
            const growth = large / small - 1;
            return {
              figure: `${ms(large)} vs ${ms(small)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)} %${side ? ', side by side' : ''})`,
              limit: '≤ +20 %',
              met: growth <= 0.2,
            };
          },
        ),
      );
    }
  }
  const limits = { village: 75, article: 75, product: 150, checkout: 150 };
  for (const [page, limit] of Object.entries(limits)) {
    budgets.push(
      check(`JS of the ${page} page ≤ ${limit} KiB gzip`, () => {
        const js = need(run.weights[page].jsGzip);
        return {
          figure: kib(js),
          limit: `≤ ${limit} KiB`,
          met: js <= limit * KIB && run.weights[page].status < 400,
        };
      }),
    );
  }
  for (const page of ['village', 'product']) {
    budgets.push(
      check(`Lighthouse mobile, ${page} page: performance ≥ 95, accessibility ≥ 95, SEO 100`, () => {
        const s = run.lighthouse[page];
        const figure = `perf ${need(s.performance)} · a11y ${need(s.accessibility)} · SEO ${need(s.seo)} (best practices ${s['best-practices']})`;
        return {
          figure,
          limit: '95 / 95 / 100',
          met: s.performance >= 95 && s.accessibility >= 95 && s.seo === 100,
        };
      }),
    );
  }
  return budgets;
}
