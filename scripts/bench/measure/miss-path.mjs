// The miss path (issue 16): four kinds of page no visitor has asked since they last changed, with
// the backends as deployed (Medusa's Redis caching module on, Strapi's village homes from their
// read model). Two depths of miss: the page cache off but the storefront's data cache on (a page
// whose data another page already loaded: only the render), and both off (every request goes to
// Strapi and Medusa, as for a village nobody opened since a restart).
import { latency, throughput } from './load.mjs';

export const MISS_DEPTHS = {
  pageMiss: { STOREFRONT_CACHE: 'data' },
  fullMiss: { STOREFRONT_CACHE: 'off' },
};

/** The four pages of the measured village, found by `villageTargets` (suite.mjs). */
export function missPages(storefront, { slug, article, product }) {
  return {
    village: `${storefront}/desa/${slug}`,
    article: `${storefront}/desa/${slug}/berita/${article}`,
    lapak: `${storefront}/desa/${slug}/lapak`,
    product: `${storefront}/desa/${slug}/lapak/${product}`,
  };
}

/** Every page must answer 200 with the page cache out of the way, or its figure is not taken. */
async function checkedMiss(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  if (res.headers.get('x-page-cache')) throw new Error(`${url} came from the page cache`);
}

/**
 * Each depth after a storefront restart with its `STOREFRONT_CACHE` (`restart(env)`), each page
 * under 10 connections and one request at a time; a page that fails is named and skipped.
 */
export async function measureMissPath(pages, { restart, load, log }) {
  const out = {};
  for (const [depth, env] of Object.entries(MISS_DEPTHS)) {
    await restart(env);
    out[depth] = {};
    for (const [page, url] of Object.entries(pages)) {
      log(`  ${depth === 'pageMiss' ? 'halaman tanpa cache halaman' : 'tanpa cache sama sekali'}: ${page} …`);
      try {
        await checkedMiss(url);
        out[depth][page] = {
          throughput: await throughput({ url }, load.throughput),
          latency: await latency({ url }, load.latency),
        };
      } catch (error) {
        out[depth][page] = { failed: error.message.split('\n')[0] };
        log(`  gagal: ${out[depth][page].failed}`);
      }
    }
  }
  return out;
}
