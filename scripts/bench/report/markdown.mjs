// One run as Markdown tables (printed, and inserted into BENCHMARKS.md newest first).
import { judge, slowestBackend } from './budgets.mjs';

const fmt = (v, digits = 0) =>
  v === undefined || v === null || Number.isNaN(v)
    ? '–'
    : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kib = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const THROUGHPUT = [
  ['nginx, the same village page HTML from a file', 'nginx'],
  ['Bare Node http, the same HTML from memory (ceiling of a page cache)', 'nodeStatic'],
  ['Village page `/desa/<slug>`, cache warm', 'pageCached'],
  ['Village page, no data cache', 'pageUncached'],
  ['Strapi village home `/api/webdesaku/villages/<slug>/home`', 'strapiHome'],
  ['Medusa store product list (8, as the page asks)', 'medusaProducts'],
  ['Medusa store product list, Redis caching module', 'medusaProductsCached'],
  ['Medusa village products `/webdesaku/villages/<slug>/products` (shop + 8, one call)', 'villageProducts'],
];
const LATENCY = [
  ['Village page, no data cache', 'pageUncached'],
  ['Village page, no data cache, Medusa caching module on', 'pageUncachedMedusaCache'],
  ['Village page, cache warm', 'pageCached'],
  ['Strapi village home', 'strapiHome'],
  ['Medusa store product list', 'medusaProducts'],
  ['Medusa store product list, Redis caching module', 'medusaProductsCached'],
  ['Medusa village lookup `/webdesaku/villages/<slug>`', 'medusaShop'],
  ['Medusa village products (shop + 8 products, one call; what the page asks)', 'villageProducts'],
  ['Medusa village products, Redis caching module', 'villageProductsCached'],
  ["The page's backend calls made together (Strapi home ∥ Medusa village products)", 'backendsTogether'],
];

// The regency market (measure/market.mjs): our plugin's route alone, then the storefront on it.
const MARKET = [
  ['Market list `/webdesaku/products?limit=24` (newest; what `/lapak` asks)', 'list', true],
  ['Market search `?q=<words>&limit=24` (relevance; a word and the village name)', 'search', true],
  ['Market search `?q=<word>&limit=24` (relevance; what `/cari?q=<word>` asks)', 'searchWord', true],
  ['Market categories `/webdesaku/categories` (`/lapak` asks them beside the list)', 'categories', false],
  ['`/lapak`, cache warm', 'lapakCached', true],
  ['`/lapak`, no data cache', 'lapakUncached', true],
  ['`/cari?q=<word>`, no data cache', 'cariUncached', true],
  ["`/api/lapak` (the page's data route), no data cache", 'lapakData', false],
  ['`/api/search?q=<word>&locale=id` (villages, news and products), no data cache', 'searchData', false],
];
const SIDE_BY_SIDE = [
  ['Village page, no data cache', 'page'],
  ['Medusa store product list', 'products'],
  ['Market list (`/lapak` data)', 'marketList'],
  ['Market search, a word and the village name', 'marketSearch'],
  ['Market search, one word', 'marketSearchWord'],
  ['Market search, a word and the village name, same answer size', 'marketSearchSameSize'],
  ['Market search, one word, same answer size', 'marketSearchWordSameSize'],
];

function marketTable(scales) {
  const market = (s) => s.results.market ?? {};
  const queries = scales.map((s) => market(s).queries).find(Boolean) ?? {};
  const words = (label) =>
    label.replace('<words>', queries.search ?? '<words>').replace(/<word>/g, queries.searchWord ?? '<word>');
  const failed = (n) => (n ? ` (${n} failed)` : '');
  const rows = MARKET.map(([label, key, underLoad]) => [
    words(label),
    ...scales.flatMap((s) => {
      const { throughput: t, latency: l } = market(s)[key] ?? {};
      return [
        underLoad && t ? `${fmt(t.rps)} · ${fmt(t.p50)} / ${fmt(t.p99)}${failed(t.failed)}` : '–',
        l ? `${fmt(l.p50, 1)} / ${fmt(l.p95, 1)}${failed(l.failed)}` : '–',
      ];
    }),
  ]);
  rows.push([
    'Products found by the list · the two searches',
    ...scales.flatMap((s) => {
      const found = market(s).found ?? {};
      return [`${['list', 'search', 'searchWord'].map((k) => fmt(found[k])).join(' · ')}`, ''];
    }),
  ]);
  return table(
    [
      '',
      ...scales.flatMap((s) => [
        `${s.villages} desa: req/s · p50 / p99 under load`,
        `${s.villages} desa: one at a time p50 / p95`,
      ]),
    ],
    rows,
  );
}

// Publish → fresh page (measure/publish.mjs): what visitors got while an article was published.
function publishTable(scales, head) {
  const cell = (s, show) => (s.results.publish ? show(s.results.publish) : '–');
  const states = (p) =>
    Object.entries(p.states)
      .map(([state, n]) => `${state} ${fmt(n)}`)
      .join(' · ');
  return table(head('figure'), [
    [
      'Publish (Strapi Content Manager) answered → first visitor answer with the new article',
      ...scales.map((s) =>
        cell(s, (p) =>
          p.freshMs === null
            ? `none within ${fmt(p.windowMs / 1000)} s`
            : `${fmt(p.freshMs)} ms (the publish call took ${fmt(p.publishMs)} ms)`,
        ),
      ),
    ],
    [
      'Visitor requests that waited for a render (`x-page-cache` neither HIT nor STALE, or not 200), of all',
      ...scales.map((s) => cell(s, (p) => `${fmt(p.waited)} of ${fmt(p.requests)} (${states(p)})`)),
    ],
    [
      'Visitor response time, p50 / p99',
      ...scales.map((s) => cell(s, (p) => `${fmt(p.p50, 1)} / ${fmt(p.p99, 1)} ms`)),
    ],
  ]);
}

// The miss path (measure/miss-path.mjs): each page at each depth of miss, under load and alone.
const MISS_ROWS = [
  ['Village home `/desa/<slug>`', 'village'],
  ['Article `/desa/<slug>/berita/<article>`', 'article'],
  ['Village lapak `/desa/<slug>/lapak`', 'lapak'],
  ['Product page `/desa/<slug>/lapak/<handle>`', 'product'],
];
const MISS_DEPTH_LABELS = {
  pageMiss: 'page cache off, data cache on',
  fullMiss: 'no storefront cache (every request to Strapi and Medusa)',
};

function missPathTable(scales, head) {
  const rows = [];
  for (const [depth, depthLabel] of Object.entries(MISS_DEPTH_LABELS))
    for (const [label, page] of MISS_ROWS)
      rows.push([
        `${label}, ${depthLabel}`,
        ...scales.map((s) => {
          const m = s.results.missPath?.[depth]?.[page];
          if (!m) return '–';
          if (m.failed) return `not measured: ${m.failed}`;
          const { throughput: t, latency: l } = m;
          return `${fmt(t.rps)} · ${fmt(t.p50)} / ${fmt(t.p99)} · ${fmt(l.p50, 1)} / ${fmt(l.p95, 1)}${t.failed || l.failed ? ` (${(t.failed ?? 0) + (l.failed ?? 0)} failed)` : ''}`;
        }),
      ]);
  return table(head('req/s · p50 / p99 under load · p50 / p95 alone'), rows);
}

export function runMarkdown(run) {
  const scales = Object.values(run.scales ?? {});
  const head = (unit) => [
    '',
    ...scales.map((s) => `${s.villages} desa / ${fmt(s.products)} produk: ${unit}`),
  ];
  const out = [];
  out.push(`## Run ${run.date} · commit \`${run.commit}\``);
  out.push('');
  out.push(
    `Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memGiB} GiB, ${run.machine.os}, Node ${run.machine.node}; ` +
      `load average at start ${run.machine.load}. Apps in ${run.mode} mode, village measured: \`${run.slug}\`. ` +
      `Throughput: autocannon, ${run.settings.connections} connections, median of ${run.settings.runs} × ${run.settings.seconds} s; ` +
      `latency: one request at a time, median of ${run.settings.runs} runs of ≤ ${run.settings.count} requests. Bench took ${fmt(run.seconds / 60, 1)} min.`,
  );
  out.push('');
  out.push('**Budgets (issue 6)**');
  out.push('');
  out.push(
    table(
      ['Budget', 'Figure', 'Limit', 'Met'],
      judge(run).map((b) => [
        b.name,
        b.figure,
        b.limit,
        b.met === null ? '– not measured' : b.met ? '✅ met' : '❌ not met',
      ]),
    ),
  );
  out.push('');
  out.push('**Throughput under load** (req/s · p50 / p99 ms)');
  out.push('');
  out.push(
    table(
      head('req/s · p50 / p99'),
      THROUGHPUT.map(([label, key]) => [
        label,
        ...scales.map((s) => {
          const t = s.results[key]?.throughput;
          return t
            ? `${fmt(t.rps)} · ${fmt(t.p50)} / ${fmt(t.p99)}${t.failed ? ` (${t.failed} failed)` : ''}`
            : '–';
        }),
      ]),
    ),
  );
  out.push('');
  out.push('**Single-request latency** (p50 / p99 ms)');
  out.push('');
  const rows = LATENCY.map(([label, key]) => [
    label,
    ...scales.map((s) => {
      const l = s.results[key]?.latency;
      return l ? `${fmt(l.p50, 1)} / ${fmt(l.p99, 1)}${l.failed ? ` (${l.failed} failed)` : ''}` : '–';
    }),
  ]);
  rows.push([
    'Merge overhead: uncached page p50 − slowest backend p50',
    ...scales.map((s) => {
      const r = s.results;
      let slowest = NaN;
      try {
        slowest = slowestBackend(r);
      } catch {
        /* not measured */
      }
      return `${fmt((r.pageUncached?.latency.p50 ?? NaN) - slowest, 1)} ms`;
    }),
  ]);
  rows.push([
    "of which the storefront's own work: uncached page p50 − backend calls together p50",
    ...scales.map((s) => {
      const r = s.results;
      return `${fmt((r.pageUncached?.latency.p50 ?? NaN) - (r.backendsTogether?.latency.p50 ?? NaN), 1)} ms`;
    }),
  ]);
  out.push(table(head('p50 / p99'), rows));
  out.push('');
  if (scales.some((s) => s.results.orderLoop || s.results.orderLoopFailed)) {
    out.push('**Order loop (issue 14)** — a guest order placed through the store API (COD, pickup), then:');
    out.push('');
    const loop = (s) => s.results.orderLoop;
    out.push(
      table(head('figure'), [
        [
          "Order placed → in the village seller's bell (`/admin/notifications`, polled every 20 ms), median (max) of the orders",
          ...scales.map((s) =>
            loop(s)
              ? `${fmt(loop(s).bellMs.median)} ms (${fmt(loop(s).bellMs.max)} ms, n = ${loop(s).bellMs.samples.length})`
              : (s.results.orderLoopFailed ?? '–'),
          ),
        ],
        [
          "Shopper's order page `/pesanan/<id>?contact=…` (never cached), p50 / p99",
          ...scales.map((s) =>
            loop(s)
              ? `${fmt(loop(s).orderPage.latency.p50, 1)} / ${fmt(loop(s).orderPage.latency.p99, 1)} ms`
              : '–',
          ),
        ],
      ]),
    );
    out.push('');
  }
  if (scales.some((s) => s.results.publish || s.results.publishFailed)) {
    const visitors = scales.find((s) => s.results.publish)?.results.publish.visitors ?? '–';
    out.push(
      `**Publish → fresh page (issue 16)** — while ${visitors} visitors read \`/desa/${run.slug}/berita\` (each one ` +
        'request after another), an article of the village is published in Strapi; counted from the publish until 2 s ' +
        'after the first answer with it (at most 30 s):',
    );
    out.push('');
    out.push(publishTable(scales, head));
    out.push('');
  }
  if (scales.some((s) => s.results.missPath)) {
    out.push(
      '**Miss path (issue 16)** — pages not in the page cache, backends as deployed (Medusa with its Redis ' +
        "caching module, Strapi's village homes from their read model); ms:",
    );
    out.push('');
    out.push(missPathTable(scales, head));
    out.push('');
  }
  if (scales.some((s) => s.results.market)) {
    out.push(
      "**Regency market** — our plugin's `/webdesaku/products` lists and searches every village shop in one SQL " +
        'statement; measured alone, then through the storefront pages on it (req/s · p50 / p99 ms under load; ' +
        'p50 / p95 ms one request at a time):',
    );
    out.push('');
    out.push(marketTable(scales));
    out.push('');
  }
  if (run.sideBySide?.demo && run.sideBySide?.regency) {
    const { demo, regency } = run.sideBySide;
    const runs = (f) => f.runs.map((v) => fmt(v, 1)).join(', ');
    out.push(
      '**Scale, side by side** (both stacks running at once, taking turns; p50 ms, median of the runs listed)',
    );
    out.push('');
    out.push(
      table(
        ['', `${demo.villages} desa`, `${regency.villages} desa`, 'growth'],
        SIDE_BY_SIDE.filter(([, key]) => demo[key] && regency[key]).map(([label, key]) => [
          label,
          `${fmt(demo[key].p50, 1)} (${runs(demo[key])})${demo[key].failed ? `, ${demo[key].failed} failed` : ''}`,
          `${fmt(regency[key].p50, 1)} (${runs(regency[key])})${regency[key].failed ? `, ${regency[key].failed} failed` : ''}`,
          `${regency[key].p50 >= demo[key].p50 ? '+' : ''}${fmt((regency[key].p50 / demo[key].p50 - 1) * 100)} %`,
        ]),
      ),
    );
    out.push('');
  }
  if (run.weights) {
    out.push('**Page weight** (first visit, gzip; inline code counted)');
    out.push('');
    out.push(
      table(
        ['Page', 'URL', 'HTTP', 'JS', 'CSS', 'HTML'],
        Object.entries(run.weights).map(([name, w]) => [
          name,
          `\`${new URL(w.url).pathname}\``,
          w.status,
          kib(w.jsGzip),
          kib(w.cssGzip),
          kib(w.htmlGzip),
        ]),
      ),
    );
    out.push('');
  }
  if (run.lighthouse) {
    out.push(
      `**Lighthouse ${run.lighthouseVersion} mobile** (median of ${Object.values(run.lighthouse)[0]?.runs ?? '?'} runs)`,
    );
    out.push('');
    out.push(
      table(
        [
          'Page',
          'Performance',
          'Accessibility',
          'Best practices',
          'SEO',
          'LCP / TBT / CLS',
          'Audits below 0.9',
        ],
        Object.entries(run.lighthouse).map(([name, s]) => [
          name,
          s.performance,
          s.accessibility,
          s['best-practices'],
          s.seo,
          `${fmt(s.metrics?.lcp)} ms / ${fmt(s.metrics?.tbt)} ms / ${fmt(s.metrics?.cls, 3)}`,
          s.failing.join(', ') || '–',
        ]),
      ),
    );
    out.push('');
  }
  const failures = Object.values(run.scales ?? {}).flatMap((sc) => [
    ...(sc.results.failed ? [`${sc.villages} desa: not measured — ${sc.results.failed}`] : []),
    ...(sc.results.publishFailed
      ? [`${sc.villages} desa: publish → fresh page not measured — ${sc.results.publishFailed}`]
      : []),
    ...(sc.results.market?.failed ?? []).map((f) => `${sc.villages} desa: market step not measured — ${f}`),
  ]);
  for (const note of [...(run.notes ?? []), ...failures]) out.push(`- ${note}`);
  if (run.notes?.length || failures.length) out.push('');
  return out.join('\n');
}
