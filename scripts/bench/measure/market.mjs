// The regency market: our plugin's route that lists and searches every village shop in one SQL
// statement (`/webdesaku/products`), alone, and the storefront pages built on it (`/lapak`, and
// `/cari`, whose products come from it), uncached and cached. Every URL is asked once before it is
// measured: a refusal, a degraded answer or an empty result stops that step instead of timing it.
import { latency, throughput } from './load.mjs';

// What the storefront asks: 24 products a page (MARKET_PAGE_SIZE, the search page's size too).
const PAGE = { limit: '24', offset: '0' };
// Two of the 25 goods of every bench village are coffee (4 of its 50 products): a one-word search
// that finds products in every village, so its cost grows with the regency.
const WORD = 'kopi';

const query = (params) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

/** The market's URLs on one stack; `villageName` is the measured village's, for a two-word search. */
export function marketTargets(urls, villageName) {
  const route = (params) => ({ url: `${urls.commerce}/webdesaku/products?${query(params)}` });
  const words = `${WORD} ${villageName.toLowerCase()}`;
  return {
    words,
    // As /lapak asks it (storefront/server/utils/market.ts) and as /api/search asks it.
    list: route({ ...PAGE, sort: 'newest' }),
    search: route({ q: words, sort: 'relevance', ...PAGE }),
    searchWord: route({ q: WORD, sort: 'relevance', ...PAGE }),
    categories: { url: `${urls.commerce}/webdesaku/categories` },
    lapak: { url: `${urls.storefront}/lapak` },
    cari: { url: `${urls.storefront}/cari?q=${WORD}` },
    lapakData: { url: `${urls.storefront}/api/lapak` },
    searchData: { url: `${urls.storefront}/api/search?q=${WORD}&locale=id` },
  };
}

/**
 * The same call asking a page of `limit`: the scale comparison asks both stacks for answers of the
 * same size (what the 3-village stack finds, at most a page), so its growth is what the regency's
 * size costs, not what a bigger answer costs (24 products to read instead of 3).
 */
export function withLimit(target, limit) {
  const url = new URL(target.url);
  url.searchParams.set('limit', String(limit));
  return { ...target, url: url.href };
}

/** How many products a market call finds (its `count`). */
export async function marketCount(target) {
  return JSON.parse(await answer(target)).count;
}

async function answer(target) {
  const res = await fetch(target.url, { signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${target.url} answered ${res.status}: ${text.slice(0, 200)}`);
  return text;
}

async function answerWith(target, isComplete, what) {
  const body = JSON.parse(await answer(target));
  if (!isComplete(body)) throw new Error(`${target.url} answered without ${what}`);
  return body;
}

/**
 * The market's figures of one stack, taken in steps while the stack's storefront runs as each
 * step needs it; a step that fails is named in `results.failed` and the others are kept.
 */
export function marketMeasurer(t, { load, log }) {
  const results = { queries: { search: t.words, searchWord: WORD }, found: {} };
  const both = async (label, target) => {
    log(`  ${label} …`);
    return {
      throughput: await throughput(target, load.throughput),
      latency: await latency(target, load.latency),
    };
  };
  const step = async (measure) => {
    try {
      Object.assign(results, await measure());
    } catch (error) {
      const message = error.message.split('\n')[0];
      (results.failed ??= []).push(message);
      log(`  gagal: ${message}`);
    }
  };
  return {
    results,
    /** Our plugin's route alone (no storefront in between), and the categories /lapak asks beside it. */
    route: () =>
      step(async () => {
        const out = {};
        for (const [name, label] of [
          ['list', 'pasar kabupaten: daftar'],
          ['search', `pasar kabupaten: cari "${t.words}"`],
          ['searchWord', `pasar kabupaten: cari "${WORD}"`],
        ]) {
          const { count } = await answerWith(t[name], (b) => b.count > 0, 'any product');
          results.found[name] = count;
          out[name] = await both(label, t[name]);
        }
        out.categories = { latency: await latency(t.categories, load.latency) };
        return out;
      }),
    /** While the storefront runs with STOREFRONT_CACHE=off (and without a rate limit for one client). */
    uncached: () =>
      step(async () => {
        const whole = (b) => b.lapak?.available && b.lapak.count > 0 && b.districts?.length > 0;
        await answerWith(t.lapakData, whole, 'the lapak or the place filter');
        await answerWith(t.searchData, (b) => b.lapakAvailable && b.productCount > 0, 'products');
        await answer(t.lapak);
        await answer(t.cari);
        return {
          lapakUncached: await both('/lapak, tanpa cache', t.lapak),
          cariUncached: await both(`/cari?q=${WORD}, tanpa cache`, t.cari),
          lapakData: { latency: await latency(t.lapakData, load.latency) },
          searchData: { latency: await latency(t.searchData, load.latency) },
        };
      }),
    /** With the storefront's caches on: the first answer renders and fills the page cache. */
    cached: () =>
      step(async () => {
        await answer(t.lapak);
        return { lapakCached: await both('/lapak, cache hangat', t.lapak) };
      }),
  };
}
