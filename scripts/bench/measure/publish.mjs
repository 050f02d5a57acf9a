// Publish → fresh page (issue 16): an editor publishes an article while visitors keep reading the
// village's news page. How long until a visitor sees it, and how many visitors waited for a
// render on the way (`x-page-cache: MISS`, or no 200), where the storefront promises none.
// Needs a CMS that sends its purges to the storefront (WEBDESAKU_NOTIFY on).

import { call } from './http.mjs';
import { percentile } from './load.mjs';

// The regency admin of the demo seed, which every bench scale starts from
// (plugins/strapi-plugin-webdesaku/server/src/seed/users.ts).
const ADMIN = { email: 'admin@webdesaku.id', password: 'Webdesaku123!' };
const ARTICLES = '/content-manager/collection-types/plugin::webdesaku.article';
const VISITORS = 10;
// After the first fresh answer the load goes on a little, to count what the re-render costs.
const AFTER_FRESH_MS = 2_000;
// At most this long after the publish; a page still old then counts as never fresh.
const WINDOW_MS = 30_000;
const WARM_MS = 30_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Asks `url` until the page cache answers HIT, so the load starts from a warm cache. */
async function untilCached(url) {
  const deadline = performance.now() + WARM_MS;
  while (performance.now() < deadline) {
    const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    await res.arrayBuffer();
    if (res.headers.get('x-page-cache') === 'HIT') return;
    await sleep(100);
  }
  throw new Error(`${url} never answered x-page-cache: HIT`);
}

/** `VISITORS` loops asking `url` one request after another, each answer recorded. */
function visitorLoad(url, title) {
  const load = { responses: [], freshAt: undefined, running: true };
  const visit = async () => {
    const startedAt = performance.now();
    let answer = { status: 0, state: null, fresh: false };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      const fresh = (await res.text()).includes(title);
      answer = { status: res.status, state: res.headers.get('x-page-cache'), fresh };
    } catch {
      // a refused or timed-out request is a visitor who got no page: counted with status 0
    }
    const endedAt = performance.now();
    if (answer.fresh) load.freshAt ??= endedAt;
    load.responses.push({ startedAt, endedAt, ...answer });
  };
  const loops = Array.from({ length: VISITORS }, async () => {
    while (load.running) await visit();
  });
  load.stop = async () => {
    load.running = false;
    await Promise.all(loops);
  };
  return load;
}

// Answered from the page cache, at once: anything else (MISS, no header: the renderer answered, an
// error) is a visitor who waited for a render or got no page.
const served = (r) => r.status === 200 && (r.state === 'HIT' || r.state === 'STALE');

/**
 * The figures of one publish from every visitor answer (times from performance.now()): only
 * requests sent after the publish was sent count, fresh is timed from the publish's answer.
 */
export function publishFigures(responses, { sentAt, answeredAt }) {
  const after = responses.filter((r) => r.startedAt >= sentAt);
  const firstFresh = after.reduce((first, r) => (r.fresh ? Math.min(first, r.endedAt) : first), Infinity);
  const times = after.map((r) => r.endedAt - r.startedAt).sort((a, b) => a - b);
  const states = {};
  for (const r of after) {
    const state = r.status === 200 ? (r.state ?? 'no header') : `HTTP ${r.status || 'error'}`;
    states[state] = (states[state] ?? 0) + 1;
  }
  return {
    freshMs: Number.isFinite(firstFresh) ? firstFresh - answeredAt : null,
    publishMs: answeredAt - sentAt,
    waited: after.filter((r) => !served(r)).length,
    requests: after.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    states,
    visitors: VISITORS,
    windowMs: WINDOW_MS,
  };
}

/** A regency admin's Content Manager session (Bearer token), as the dashboard logs in. */
async function strapiAdmin(cms) {
  const { data } = await call(`${cms}/admin/login`, { method: 'POST', body: ADMIN });
  return { authorization: `Bearer ${data.token}` };
}

async function villageDocumentId(cms, slug) {
  const { data: villages } = await call(`${cms}/api/webdesaku/villages?filters[slug][$eq]=${slug}`);
  if (!villages?.[0]) throw new Error(`village ${slug} not found in Strapi`);
  return villages[0].documentId;
}

/** A new article of the village, created and published at once as the editor's "Publish" does. */
async function publishArticle(cms, auth, { villageId, title }) {
  const text = 'Berita uji bench: terbit, lalu dihapus lagi.';
  const { data } = await call(`${cms}${ARTICLES}/actions/publish?locale=id`, {
    method: 'POST',
    headers: auth,
    body: {
      title,
      slug: title.toLowerCase().replace(/\s+/g, '-'),
      excerpt: text,
      category: 'berita',
      village: { connect: [{ documentId: villageId }] },
      body: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
    },
  });
  return data;
}

export async function measurePublish(urls, { slug = 'anjun' }) {
  const page = `${urls.storefront}/desa/${slug}/berita`;
  await untilCached(page);
  await untilCached(`${urls.storefront}/desa/${slug}`);
  const auth = await strapiAdmin(urls.cms);
  const villageId = await villageDocumentId(urls.cms, slug);
  const title = `Kabar bench terbit ${Date.now()}`;
  const load = visitorLoad(page, title);
  let article;
  try {
    await sleep(1_000); // the visitors are reading steadily before the publish
    const sentAt = performance.now();
    article = await publishArticle(urls.cms, auth, { villageId, title });
    const answeredAt = performance.now();
    const deadline = answeredAt + WINDOW_MS;
    while (load.freshAt === undefined && performance.now() < deadline) await sleep(20);
    if (load.freshAt !== undefined)
      await sleep(Math.min(load.freshAt + AFTER_FRESH_MS, deadline) - performance.now());
    await load.stop();
    return publishFigures(load.responses, { sentAt, answeredAt });
  } finally {
    await load.stop();
    // Removed again, so every run starts from the seeded articles.
    if (article?.documentId)
      await call(`${urls.cms}${ARTICLES}/${article.documentId}?locale=id`, {
        method: 'DELETE',
        headers: auth,
      });
  }
}
