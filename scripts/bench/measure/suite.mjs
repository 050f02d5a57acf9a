// Everything measured on one running stack: the village page (cached, uncached), nginx serving its
// saved HTML, and the backend calls the page makes (Strapi village home, Medusa village lookup and
// product list, the latter also with Medusa's Redis caching module).
import { flushRedis } from '../redis.mjs';
import { NGINX_PORT, REDIS_URL } from '../config.mjs';
import { latency, throughput } from './load.mjs';
import { serveWithNginx } from './nginx.mjs';
import { serveWithNode } from './node-static.mjs';

// The product list exactly as the storefront asks for it (storefront/server/utils/medusa.ts).
const PRODUCT_FIELDS =
  'id,handle,title,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder';
// The storefront's switch for both cache layers (whole-page HTML and backend data): every request
// renders and loads fresh from Strapi and Medusa.
const NO_CACHE = { STOREFRONT_CACHE: 'off' };

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
  const [homeBody, productBody] = await Promise.all([json(home.url), json(products.url, key)]);
  return {
    page: { url: `${urls.storefront}/desa/${slug}` },
    home,
    products,
    shop: { url: `${urls.commerce}/webdesaku/villages/${slug}` },
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
  const nginx = await serveWithNginx(html, NGINX_PORT);
  try {
    r.nginx = await both('nginx, HTML halaman desa tersimpan', { url: nginx.url });
  } finally {
    await nginx.stop();
  }
  const node = await serveWithNode(html, NGINX_PORT);
  try {
    r.nodeStatic = await both('Node http, HTML yang sama dari memori', { url: node.url });
  } finally {
    await node.stop();
  }
  r.pageCached = await both('halaman desa, cache hangat', t.page);
  r.strapiHome = await both('Strapi village home', t.home);
  r.medusaProducts = await both('Medusa daftar produk', t.products);
  r.medusaShop = { latency: await latency(t.shop, load.latency) };

  log('  storefront tanpa cache (restart) …');
  await stack.restart('storefront', NO_CACHE);
  r.pageUncached = await both('halaman desa, tanpa cache', t.page);
  await stack.restart('storefront', {});

  log('  Medusa dengan modul caching Redis (restart) …');
  // Last and optional: if Medusa cannot restart (e.g. a rebuild removed its output meanwhile),
  // the figures already taken are kept and the run says what is missing.
  try {
    await flushRedis(REDIS_URL);
    await stack.restart('commerce', { REDIS_URL, MEDUSA_FF_CACHING: 'true' });
    r.medusaProductsCached = await both('Medusa daftar produk, caching Redis', t.products);
    await stack.restart('storefront', NO_CACHE);
    r.pageUncachedMedusaCache = { latency: await latency(t.page, load.latency) };
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
