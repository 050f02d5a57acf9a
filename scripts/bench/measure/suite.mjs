// Everything measured on one running stack: the village page (cached, uncached), nginx serving its
// saved HTML, and the backend calls the page makes (Strapi village home, Medusa village lookup and
// product list, the latter also with Medusa's Redis caching module); the regency market (market.mjs);
// an article published while visitors read the village's news (publish.mjs); page misses with
// the backends as deployed (miss-path.mjs).
import { flushRedis } from '../redis.mjs';
import { NGINX_PORT, REDIS_URL } from '../config.mjs';
import { latency, throughput, throughputRounds } from './load.mjs';
import { marketMeasurer, marketTargets } from './market.mjs';
import { measureMissPath, missPages } from './miss-path.mjs';
import { measureOrderLoop } from './order-loop.mjs';
import { measurePublish } from './publish.mjs';
import { serveWithNginx } from './nginx.mjs';
import { serveWithNode } from './node-static.mjs';

// The product list exactly as the storefront asks for it (storefront/server/utils/medusa.ts).
const PRODUCT_FIELDS =
  'id,handle,title,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder';
// The storefront's switch for both cache layers (whole-page HTML and backend data): every request
// renders and loads fresh from Strapi and Medusa.
const NO_CACHE = { STOREFRONT_CACHE: 'off' };
// One machine asks the same few URLs thousands of times: the per-visitor limits (order page,
// search) would answer 429. The limiter still runs on every request, only with a higher limit.
const NO_RATE_LIMIT = { RATE_LIMIT_SCALE: '1000' };
// The bench's Strapi tells nobody of its writes (config.mjs); a publish measures exactly that
// message to the storefront, so Strapi runs with it for that step only.
const NOTIFY = { WEBDESAKU_NOTIFY: 'true' };

async function json(url, headers = {}) {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** The URLs of one village on this stack, found the way the storefront finds them. */
export async function villageTargets(urls, slug) {
  const { village } = await json(`${urls.commerce}/webdesaku/villages/${slug}`);
  const key = { 'x-publishable-api-key': village.publishable_key };
  const { regions } = await json(`${urls.commerce}/store/regions?limit=50`, key);
  const region = regions.find((r) => r.currency_code === 'idr') ?? regions[0];
  const query = new URLSearchParams({
    region_id: region.id,
    fields: PRODUCT_FIELDS,
    limit: '8',
    offset: '0',
    order: '-created_at',
  });
  const products = { url: `${urls.commerce}/store/products?${query}`, headers: key };
  const home = { url: `${urls.cms}/api/webdesaku/villages/${slug}/home?locale=id` };
  // What the village page asks Medusa for (storefront/server/utils/lapak.ts): the shop and its 8
  // newest products in one call of our plugin.
  const villageProducts = { url: `${urls.commerce}/webdesaku/villages/${slug}/products?limit=8&offset=0` };
  const [homeBody, productBody] = await Promise.all([json(home.url), json(products.url, key)]);
  return {
    page: { url: `${urls.storefront}/desa/${slug}` },
    home,
    products,
    villageProducts,
    shop: { url: `${urls.commerce}/webdesaku/villages/${slug}` },
    market: marketTargets(urls, village.name),
    article: homeBody.articles?.[0]?.slug ?? homeBody.data?.articles?.[0]?.slug,
    product: productBody.products?.[0]?.handle,
    productCount: productBody.count,
  };
}

export async function measureScale(stack, { slug = 'anjun', load, log = console.log }) {
  const t = await villageTargets(stack.urls, slug);
  const both = async (label, target) => {
    log(`  ${label} …`);
    return {
      throughput: await throughput(target, load.throughput),
      latency: await latency(target, load.latency),
    };
  };
  const r = {};
  const html = await (await fetch(t.page.url)).text();
  // nginx, a bare Node server and the cached page take turns run by run (see throughputRounds).
  const nginx = await serveWithNginx(html, NGINX_PORT);
  const node = await serveWithNode(html, NGINX_PORT + 1);
  try {
    log('  nginx · Node http · halaman desa (cache hangat), bergantian …');
    const targets = { nginx: { url: nginx.url }, nodeStatic: { url: node.url }, pageCached: t.page };
    const rounds = await throughputRounds(targets, load.throughput);
    for (const [name, target] of Object.entries(targets))
      r[name] = { throughput: rounds.summary[name], latency: await latency(target, load.latency) };
    r.cachedVsNginx = rounds.ratio('pageCached', 'nginx');
  } finally {
    await nginx.stop();
    await node.stop();
  }
  r.strapiHome = await both('Strapi village home', t.home);
  r.medusaProducts = await both('Medusa daftar produk', t.products);
  r.villageProducts = await both('Medusa produk desa (plugin, satu panggilan)', t.villageProducts);
  r.medusaShop = { latency: await latency(t.shop, load.latency) };
  // The page's own backend calls made the way it makes them: Strapi's home at the same time as
  // Medusa's village products (shop + first products, one call). Page minus this is the
  // storefront's own cost (render, merge); this minus the slowest single call is the two backends
  // slowing each other down on a shared machine.
  const get = (target) => fetch(target.url, { headers: target.headers, signal: AbortSignal.timeout(15_000) });
  const drain = async (res) => (await res.arrayBuffer(), res.ok);
  r.backendsTogether = {
    latency: await latency(
      {
        request: async () => {
          const [home, products] = await Promise.all([
            get(t.home).then(drain),
            get(t.villageProducts).then(drain),
          ]);
          return home && products;
        },
      },
      load.latency,
    ),
  };
  const market = marketMeasurer(t.market, { load, log });
  r.market = market.results;
  await market.route();

  log('  terbit → halaman segar: berita baru di Strapi, 10 pengunjung membaca (restart cms) …');
  try {
    await stack.restart('cms', NOTIFY);
    r.publish = await measurePublish(stack.urls, { slug });
  } catch (error) {
    r.publishFailed = error.message.split('\n')[0];
    log(`  gagal: ${r.publishFailed}`);
  }
  await stack.restart('cms', {});

  log('  alur pesanan: pesanan → lonceng penjual, halaman pesanan (restart tanpa batas laju) …');
  await stack.restart('storefront', NO_RATE_LIMIT);
  try {
    r.orderLoop = await measureOrderLoop(stack.urls, { slug, load, products: t.products });
  } catch (error) {
    r.orderLoopFailed = error.message.split('\n')[0];
    log(`  gagal: ${r.orderLoopFailed}`);
  }

  log('  storefront tanpa cache (restart) …');
  await stack.restart('storefront', { ...NO_CACHE, ...NO_RATE_LIMIT });
  r.pageUncached = await both('halaman desa, tanpa cache', t.page);
  await market.uncached();
  await stack.restart('storefront', {});
  await market.cached();

  log('  Medusa dengan modul caching Redis (restart) …');
  // Last and optional: if Medusa cannot restart (e.g. a rebuild removed its output meanwhile),
  // the figures already taken are kept and the run says what is missing.
  try {
    await flushRedis(REDIS_URL);
    await stack.restart('commerce', { REDIS_URL, MEDUSA_FF_CACHING: 'true' });
    r.medusaProductsCached = await both('Medusa daftar produk, caching Redis', t.products);
    r.villageProductsCached = { latency: await latency(t.villageProducts, load.latency) };
    await stack.restart('storefront', NO_CACHE);
    r.pageUncachedMedusaCache = { latency: await latency(t.page, load.latency) };
    r.missPath = await measureMissPath(missPages(stack.urls.storefront, { slug, ...t }), {
      restart: (env) => stack.restart('storefront', { ...env, ...NO_RATE_LIMIT }),
      load,
      log,
    });
    await stack.restart('storefront', {});
  } catch (error) {
    r.failed = `Medusa with the caching module: ${error.message.split('\n')[0]}`;
    log(`  gagal: ${r.failed}`);
  }
  return {
    slug,
    htmlBytes: Buffer.byteLength(html),
    productCount: t.productCount,
    article: t.article,
    product: t.product,
    results: r,
  };
}
