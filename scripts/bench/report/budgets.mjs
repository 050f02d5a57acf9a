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

const signed = (growth) => `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)} %`;
const notes = (...parts) => (parts.some(Boolean) ? ` (${parts.filter(Boolean).join(', ')})` : '');

// The regency market's route (measure/market.mjs): its list is /lapak's data call, its searches
// /cari's. A budget holds for every figure it names, and only when every request answered 2xx.
const MARKET_BUDGETS = [
  ['Market search data call', ['search', 'searchWord']],
  ['Market list (/lapak data)', ['list']],
];
// The growth budget compares the storefront's page (24: the 3-village stack finds fewer, so the
// 183-village one reads more products) and, side by side only, answers of the same size.
const MARKET_GROWTH = [
  ['Market search data call (a page of 24)', ['search', 'searchWord']],
  ['Market search data call (answers of the same size)', ['searchSameSize', 'searchWordSameSize']],
  ['Market list (/lapak data)', ['list']],
];
const SIDE_BY_SIDE_KEY = {
  list: 'marketList',
  search: 'marketSearch',
  searchWord: 'marketSearchWord',
  searchSameSize: 'marketSearchSameSize',
  searchWordSameSize: 'marketSearchWordSameSize',
};
const MARKET_P50_LIMIT = 50;

function marketBudgets(run, m) {
  const market = m.results.market ?? {};
  const base = run.scales.demo?.results.market;
  const side = run.sideBySide;
  const name = (key) => {
    const query = key.replace(/SameSize$/, '');
    return query === 'list' ? '' : `"${market.queries?.[query] ?? query}" `;
  };
  const failedOf = (figures) => figures.reduce((n, f) => n + (f.failed ?? 0), 0);
  const budgets = MARKET_BUDGETS.map(([what, keys]) =>
    check(`${what} p50 ≤ ${MARKET_P50_LIMIT} ms (${m.villages} desa)`, () => {
      const figures = keys.map((key) => ({
        key,
        p50: need(market[key]?.latency.p50),
        failed: market[key].latency.failed,
      }));
      const failed = failedOf(figures);
      return {
        figure: `${figures.map((f) => `${name(f.key)}${ms(f.p50)}`).join(' · ')}${notes(failed && `${failed} failed`)}`,
        limit: `≤ ${ms(MARKET_P50_LIMIT)}`,
        met: figures.every((f) => f.p50 <= MARKET_P50_LIMIT) && !failed,
      };
    }),
  );
  for (const [what, keys] of MARKET_GROWTH) {
    budgets.push(
      check(`${what} p50 at ${m.villages} desa within 20 % of ${run.scales.demo?.villages ?? 3} desa`, () => {
        // Side by side when measured so (as the budgets above), else one scale after the other.
        const figures = keys.map((key) => {
          const small = side ? side.demo?.[SIDE_BY_SIDE_KEY[key]] : base?.[key]?.latency;
          const large = side ? side.regency?.[SIDE_BY_SIDE_KEY[key]] : market[key]?.latency;
          const growth = need(large?.p50) / need(small?.p50) - 1;
          return {
            key,
            small: small.p50,
            large: large.p50,
            growth,
            failed: (small.failed ?? 0) + (large.failed ?? 0),
          };
        });
        const failed = failedOf(figures);
        const each = figures.map(
          (f) => `${name(f.key)}${ms(f.large)} vs ${ms(f.small)} (${signed(f.growth)})`,
        );
        return {
          figure: `${each.join(' · ')}${notes(side && 'side by side', failed && `${failed} failed`)}`,
          limit: '≤ +20 %',
          met: figures.every((f) => f.growth <= 0.2) && !failed,
        };
      }),
    );
  }
  return budgets;
}

// Publish → fresh page (measure/publish.mjs, issue 16): an edit is seen within seconds, and no
// visitor pays for it by waiting for a render.
const FRESH_LIMIT_MS = 5_000;

function publishBudgets(p, label) {
  return [
    check(`Publish → fresh village page ≤ ${FRESH_LIMIT_MS / 1000} s (${label})`, () => {
      const fresh = need(p).freshMs;
      return {
        figure: fresh === null ? `not fresh within ${p.windowMs / 1000} s` : `${fmt(fresh)} ms`,
        limit: `≤ ${fmt(FRESH_LIMIT_MS)} ms`,
        met: fresh !== null && fresh <= FRESH_LIMIT_MS,
      };
    }),
    check(`Visitor requests that waited for a render after a publish = 0 (${label})`, () => {
      const waited = need(p?.waited);
      return {
        figure: `${fmt(waited)} of ${fmt(p.requests)} requests`,
        limit: '= 0',
        met: waited === 0,
      };
    }),
  ];
}

// A page miss (measure/miss-path.mjs), issue 16: the same budget for the village home, an article
// and a product page, judged at both depths of miss.
const MISS_BUDGET = { rps: 150, p50UnderLoad: 40, p50Alone: 25 };
const MISS_PAGES = { village: 'Village home', article: 'Article', product: 'Product page' };
const MISS_DEPTHS = { pageMiss: 'page cache off', fullMiss: 'no storefront cache' };

function missBudgets(missPath, label) {
  const budgets = [];
  for (const [depth, depthLabel] of Object.entries(MISS_DEPTHS))
    for (const [page, pageLabel] of Object.entries(MISS_PAGES))
      budgets.push(
        check(
          `${pageLabel} miss (${depthLabel}) ≥ ${MISS_BUDGET.rps} req/s, p50 ≤ ${MISS_BUDGET.p50UnderLoad} ms under load, ≤ ${MISS_BUDGET.p50Alone} ms alone (${label})`,
          () => {
            const m = need(missPath?.[depth]?.[page]);
            const rps = need(m.throughput?.rps);
            const underLoad = need(m.throughput.p50);
            const alone = need(m.latency.p50);
            const failed = (m.throughput.failed ?? 0) + (m.latency.failed ?? 0);
            return {
              figure: `${fmt(rps)} req/s · p50 ${ms(underLoad)} · alone ${ms(alone)}${notes(failed && `${failed} failed`)}`,
              limit: `≥ ${MISS_BUDGET.rps} · ≤ ${MISS_BUDGET.p50UnderLoad} ms · ≤ ${MISS_BUDGET.p50Alone} ms`,
              met:
                rps >= MISS_BUDGET.rps &&
                underLoad <= MISS_BUDGET.p50UnderLoad &&
                alone <= MISS_BUDGET.p50Alone &&
                !failed,
            };
          },
        ),
      );
  return budgets;
}

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
      check(`Cached village page ≥ 0.8 × nginx, issue 16 (${label})`, () => {
        const ratio = need(r.cachedVsNginx);
        return { figure: `${ratio.toFixed(2)} ×`, limit: '≥ 0.80 ×', met: ratio >= 0.8 };
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
    budgets.push(...marketBudgets(run, m));
    budgets.push(...publishBudgets(r.publish, label));
    budgets.push(...missBudgets(r.missPath, label));
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
