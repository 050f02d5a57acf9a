// The storefront's server routes against the real backends: the merge, the purge contract,
// security headers, and bad input answered with 4xx (never 5xx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { cm, strapiAdmin, villageDocumentId } from './helpers/admin';
import { PASSWORD, REGENCY_ADMIN } from './helpers/demo';
import { bootStack, type Stack } from './stack';

const SECRET = process.env.REVALIDATE_SECRET ?? 'dev-revalidate-secret';

/** Polls until `check` passes; fails with the last error after `timeoutMs`. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

const ROUTES = [
  '/api/portal',
  '/api/villages/anjun',
  '/api/villages/anjun/articles',
  '/api/villages/anjun/articles/tidak-ada',
  '/api/villages/anjun/agenda',
  '/api/villages/anjun/potensi',
  '/api/villages/anjun/transparansi',
  '/api/villages/anjun/layanan',
  '/api/villages/anjun/unduhan',
  '/api/villages/anjun/profil',
  '/api/villages/anjun/products',
  '/api/villages/anjun/products/tidak-ada',
  '/api/districts/plered',
  '/api/search',
  '/api/cart',
  '/api/checkout/anjun',
  '/api/orders/order_01ABCDEFGHIJKLMN',
  '/',
  '/desa/anjun',
  '/desa/anjun/lapak',
  '/cari',
  '/pesanan/order_01ABCDEFGHIJKLMN',
  '/pesanan/order_01ABCDEFGHIJKLMN/nota',
  '/sitemap.xml',
  '/sitemap/pages-1.xml',
  '/sitemap/articles-1.xml',
  '/sitemap/products-1.xml',
  '/robots.txt',
];

const ODD_QUERIES = [
  'page=-1&sort=<script>&category=../../etc/passwd&locale=xx',
  'page=99999999999&q=%00%27%20OR%201%3D1--',
  'page[]=1&page[]=2&sort[a]=b&q[]=x&contact[]=y&locale[]=en',
  `q=${'x'.repeat(5000)}&category=${'y'.repeat(500)}`,
  'q=%E0%A4%A&contact=%F0%9F%92%A9',
];

const ODD_PATHS = [
  '/desa/%E0%A4%A',
  '/desa/..%2F..%2Fetc',
  '/desa/ANJUN',
  '/desa/anjun/berita/%3Cscript%3E',
  '/desa/anjun/lapak/%22onmouseover%3D',
  '/api/villages/%00',
  '/api/villages/anjun/bukan-bagian',
  '/api/orders/..%2F..%2Fadmin',
  '/media/cms/uploads/..%2F..%2F.env',
  '/media/shop/../../package.json',
  '/kecamatan/tidak-ada',
  '/sitemap/products-999.xml',
  '/sitemap/..%2F..%2F.env',
  '/sitemap/pages.xml.gz',
];

describe('storefront server routes against the real backends', () => {
  let stack: Stack;
  let base: string;

  beforeAll(async () => {
    stack = await bootStack();
    base = stack.config.urls.storefront;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('merges the Strapi village home with Medusa products priced in whole rupiah', async () => {
    // Given what each backend says about Anjun
    const { urls } = stack.config;
    const home = await fetch(`${urls.cms}/api/webdesaku/villages/anjun/home?locale=id`).then((r) => r.json());
    const shop = await fetch(`${urls.commerce}/webdesaku/villages/anjun`).then((r) => r.json());
    const region = await fetch(`${urls.commerce}/store/regions`, {
      headers: { 'x-publishable-api-key': shop.village.publishable_key },
    }).then((r) => r.json());
    const products = await fetch(
      `${urls.commerce}/store/products?limit=50&region_id=${region.regions[0].id}&fields=title,*variants.calculated_price`,
      {
        headers: { 'x-publishable-api-key': shop.village.publishable_key },
      },
    ).then((r) => r.json());
    // When the storefront API is asked for the village page (right after boot the village's shop
    // may still be settling; an empty lapak is cached only for seconds, so ask until it is there)
    const page = await eventually(async () => {
      const body = await fetch(`${base}/api/villages/anjun`).then((r) => r.json());
      expect(body.lapak.products.length).toBeGreaterThan(0);
      return body;
    });
    // Then it carries both, in our shape
    expect(page.village.name).toBe(home.data.village.name);
    expect(page.village.district.slug).toBe('plered');
    expect(page.lapak.available).toBe(true);
    const byTitle = new Map<string, number>(
      products.products.map(
        (p: { title: string; variants: { calculated_price: { calculated_amount: number } }[] }) => [
          p.title,
          Math.min(...p.variants.map((v) => v.calculated_price.calculated_amount)),
        ],
      ),
    );
    expect(page.lapak.products.length).toBeGreaterThan(0);
    for (const product of page.lapak.products) expect(product.price).toBe(byTitle.get(product.title));
  });

  it('answers the revalidate contract: 200 with tags, 401 wrong secret, 400 bad body, 413 too big', async () => {
    const post = (body: string, secret = SECRET) =>
      fetch(`${base}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-webdesaku-secret': secret },
        body,
      });
    expect((await post(JSON.stringify({ tags: ['village:anjun'] }))).status).toBe(200);
    expect((await post(JSON.stringify({ tags: ['village:anjun'] }), 'wrong')).status).toBe(401);
    expect((await post('{"tags": [')).status).toBe(400);
    expect((await post(JSON.stringify({ tags: 'village:anjun' }))).status).toBe(400);
    expect(
      (await post(JSON.stringify({ tags: Array.from({ length: 5000 }, (_, i) => `village:v${i}`) }))).status,
    ).toBe(413);
  });

  it('sends a Content-Security-Policy and the usual security headers on pages and API', async () => {
    for (const path of ['/desa/anjun', '/api/villages/anjun']) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    }
  });

  it('gives every page one address for search engines and links its other language', async () => {
    // Given a village page, its English version and the second page of its lapak
    const links = async (path: string) => {
      const html = await fetch(`${base}${path}`).then((r) => r.text());
      const found: Record<string, string> = {};
      for (const tag of html.match(/<link [^>]*>/g) ?? []) {
        const rel = /rel="([^"]+)"/.exec(tag)?.[1];
        const href = /href="([^"]+)"/.exec(tag)?.[1] ?? '';
        const lang = /hreflang="([^"]+)"/.exec(tag)?.[1];
        if (rel === 'canonical') found.canonical = new URL(href).pathname + new URL(href).search;
        if (rel === 'alternate' && lang) found[lang] = new URL(href).pathname + new URL(href).search;
      }
      return found;
    };
    // Then each names itself as canonical, both languages, and Bahasa Indonesia as the default
    expect(await links('/desa/anjun')).toEqual({
      canonical: '/desa/anjun',
      id: '/desa/anjun',
      en: '/en/desa/anjun',
      'x-default': '/desa/anjun',
    });
    expect((await links('/en/desa/anjun')).canonical).toBe('/en/desa/anjun');
    // And only the page number of the query names a different page
    expect(await links('/desa/anjun/lapak?page=2&sort=price_asc')).toMatchObject({
      canonical: '/desa/anjun/lapak?page=2',
      en: '/en/desa/anjun/lapak?page=2',
    });
    expect((await links('/desa/anjun/lapak?page=1&ditambah=1')).canonical).toBe('/desa/anjun/lapak');
  });

  it('keeps an article in the language asked for, at its own address in each language', async () => {
    // Given a demo article with an English translation (its own slug)
    const { urls } = stack.config;
    const listed = await fetch(
      `${urls.cms}/api/webdesaku/articles?locale=id&filters[village][slug][$eq]=anjun&pagination[pageSize]=1` +
        '&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale',
    ).then((r) => r.json());
    const id = listed.data[0].slug as string;
    const en = listed.data[0].localizations.find((l: { locale: string }) => l.locale === 'en').slug as string;
    expect(en).not.toBe(id);
    const visit = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });
    // When the language switch leads to the other language with this language's slug
    const toEnglish = await visit(`/en/desa/anjun/berita/${id}`);
    const toIndonesian = await visit(`/desa/anjun/berita/${en}`);
    // Then each moves permanently to that language's own address
    expect(toEnglish.status).toBe(301);
    expect(new URL(toEnglish.headers.get('location')!, base).pathname).toBe(`/en/desa/anjun/berita/${en}`);
    expect(toIndonesian.status).toBe(301);
    expect(new URL(toIndonesian.headers.get('location')!, base).pathname).toBe(`/desa/anjun/berita/${id}`);
    // And the English page names both addresses for search engines
    const page = await visit(`/en/desa/anjun/berita/${en}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const alternate = (lang: string) =>
      new URL(new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html)![1]).pathname;
    expect(alternate('id')).toBe(`/desa/anjun/berita/${id}`);
    expect(alternate('en')).toBe(`/en/desa/anjun/berita/${en}`);
    // And the language switch on the Indonesian page goes straight to the translation
    const indonesian = await visit(`/desa/anjun/berita/${id}`).then((r) => r.text());
    expect(/<a href="([^"]+)"[^>]*hreflang="en"/.exec(indonesian)?.[1]).toBe(`/en/desa/anjun/berita/${en}`);
  });

  it('names a sitemap index in robots.txt whose child sitemaps list every public page in both languages', async () => {
    // Given the demo regency: a translated article of Anjun and a product of its shop
    const { urls } = stack.config;
    const listed = await fetch(
      `${urls.cms}/api/webdesaku/articles?locale=id&filters[village][slug][$eq]=anjun&pagination[pageSize]=1` +
        '&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale',
    ).then((r) => r.json());
    const article = listed.data[0].slug as string;
    const english = listed.data[0].localizations.find((l: { locale: string }) => l.locale === 'en').slug;
    const shop = await fetch(`${urls.commerce}/webdesaku/villages/anjun/products?limit=1`).then((r) =>
      r.json(),
    );
    const product = shop.products[0].handle as string;
    const xml = async (url: string) => {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toBe('application/xml; charset=utf-8');
      return res.text();
    };
    const locs = (text: string) => [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    // When robots.txt, the index and every child it names are read
    const robots = await fetch(`${base}/robots.txt`).then((r) => r.text());
    const index = await xml(`${base}/sitemap.xml`);
    const children = locs(index);
    const child = Object.fromEntries(
      await Promise.all(children.map(async (url) => [new URL(url).pathname, await xml(url)] as const)),
    );
    // Then robots.txt names the index, and the index pages, articles and products with their lastmod
    expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
    expect(index).toContain('<sitemapindex');
    expect(Object.keys(child)).toEqual(
      expect.arrayContaining(['/sitemap/pages-1.xml', '/sitemap/articles-1.xml', '/sitemap/products-1.xml']),
    );
    expect(index.match(/<lastmod>/g)).toHaveLength(children.length);
    // And each URL carries its lastmod and both language versions
    const entry = (path: string) => {
      const all = Object.values(child).join('\n');
      return new RegExp(`<url><loc>${base}${path}</loc>(.*?)</url>`).exec(all)?.[1] ?? '';
    };
    const alternate = (lang: string, path: string) =>
      `<xhtml:link rel="alternate" hreflang="${lang}" href="${base}${path}"/>`;
    for (const path of ['/', '/lapak', '/kecamatan/plered', '/desa/anjun', '/en/desa/anjun/transparansi']) {
      expect(entry(path), path).toMatch(/^<lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/lastmod>/);
    }
    expect(entry('/desa/anjun/profil')).toContain(alternate('en', '/en/desa/anjun/profil'));
    expect(entry(`/desa/anjun/berita/${article}`)).toContain(
      alternate('en', `/en/desa/anjun/berita/${english}`),
    );
    expect(entry(`/en/desa/anjun/berita/${english}`)).toContain(
      alternate('x-default', `/desa/anjun/berita/${article}`),
    );
    expect(entry(`/desa/anjun/lapak/${product}`)).toContain(
      alternate('en', `/en/desa/anjun/lapak/${product}`),
    );
    // And a child that does not exist is a 404
    expect((await fetch(`${base}/sitemap/products-999.xml`)).status).toBe(404);
  });

  it('answers odd query parameters on every route without a server error', async () => {
    const failures: string[] = [];
    for (const route of ROUTES) {
      for (const query of ODD_QUERIES) {
        const res = await fetch(`${base}${route}?${query}`);
        if (res.status >= 500) failures.push(`${res.status} ${route}?${query.slice(0, 60)}`);
        await res.arrayBuffer();
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers unknown or malformed slugs, ids and media paths with 4xx', async () => {
    for (const path of ODD_PATHS) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toMatch(/at .+\.m?js:\d+|node_modules/);
    }
  });

  it('refuses malformed and oversized form posts with 400 and 413', async () => {
    const malformed = await fetch(`${base}/api/cart/add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"village": ',
    });
    expect(malformed.status).toBe(400);
    const huge = await fetch(`${base}/api/checkout/anjun`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `name=${'x'.repeat(100_000)}`,
    });
    expect(huge.status).toBe(413);
    const badVariant = await fetch(`${base}/api/cart/add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ village: 'anjun', variant: '<script>' }),
    });
    expect(badVariant.status).toBe(400);
  });

  it('answers 20 visitors of the same error page at once each with that page, never a 500', async () => {
    // Given error pages nobody has asked for yet (so all 20 share one render through the page cache)
    const pages: { path: string; status: number; text: RegExp; init?: RequestInit }[] = [
      { path: '/desa/tidak-ada-serentak', status: 404, text: /Halaman tidak ditemukan/ },
      { path: '/desa/anjun/lapak/tidak-ada-serentak', status: 404, text: /tidak ditemukan/ },
      { path: '/desa/anjun/berita/tidak-ada-serentak', status: 404, text: /tidak ditemukan/ },
      { path: '/kecamatan/tidak-ada-serentak', status: 404, text: /tidak ditemukan/ },
      { path: '/en/desa/tidak-ada-serentak', status: 404, text: /not found/i },
      { path: '/desa/anjun/tidak-ada-serentak', status: 404, text: /tidak ditemukan/ },
      { path: '/api/villages/tidak-ada-serentak', status: 404, text: /tidak ditemukan/ },
      {
        path: '/api/cart/add',
        status: 400,
        text: /./,
        init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"village": ' },
      },
    ];
    for (const page of pages) {
      // When 20 visitors ask at the same moment
      const answers = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const res = await fetch(`${base}${page.path}`, page.init);
          return { status: res.status, body: await res.text() };
        }),
      );
      // Then every one gets the same answer: the right status and the page for it
      expect(
        answers.map((a) => a.status),
        page.path,
      ).toEqual(Array(20).fill(page.status));
      for (const answer of answers) {
        expect(answer.body, page.path).toMatch(page.text);
        expect(answer.body, page.path).not.toMatch(/at .+\.m?js:\d+|Body is unusable/);
      }
    }
    // And a page that exists still answers 200 to 20 at once (positive control)
    const ok = await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/desa/anjun/profil?page=3`)));
    expect(ok.map((r) => r.status)).toEqual(Array(20).fill(200));
  });

  it('answers a page asked with percent-encoded letters from the same cache entry, not a fresh render', async () => {
    // Given Anjun's profile page in the page cache
    await eventually(async () => {
      const res = await fetch(`${base}/desa/anjun/profil`);
      await res.text();
      expect(res.headers.get('x-page-cache')).toBe('HIT');
    });
    // When it is asked as /desa/an%6Aun/profil (the cache answers before Nitro decodes the path)
    const res = await fetch(`${base}/desa/an%6Aun/profil`);
    // Then it is the cached page (a way around the cache would let anyone force renders)
    expect(res.status).toBe(200);
    expect(res.headers.get('x-page-cache')).toBe('HIT');
    expect(await res.text()).toContain('Anjun');
  });

  it('after a publish no visitor waits for a render: the old page is served while the new one renders behind, fresh within 5 s', async () => {
    // Given Anjun's news page and the portal in the page cache
    const cached = async (path: string) => {
      await fetch(`${base}${path}`).then((r) => r.text());
      return eventually(async () => {
        const res = await fetch(`${base}${path}`);
        await res.text();
        expect(res.headers.get('x-page-cache')).toBe('HIT');
      });
    };
    await cached('/desa/anjun/berita');
    await cached('/');
    // When an editor publishes an article in Strapi
    const title = `Kabar panen raya ${Date.now()}`;
    const strapi = await strapiAdmin(stack.config.urls.cms, REGENCY_ADMIN, PASSWORD);
    const published = await strapi.call('POST', `${cm('article')}/actions/publish?locale=id`, {
      title,
      slug: `kabar-panen-raya-${Date.now()}`,
      excerpt: 'Panen raya padi di Anjun.',
      category: 'berita',
      village: { connect: [{ documentId: await villageDocumentId(stack.config.urls.cms, 'anjun') }] },
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Panen raya padi di Anjun.' }] }],
    });
    expect(published.status).toBeLessThan(300);
    // Then, with nobody visiting, the village's own page is rendered again behind: 5 s later its
    // first visitor gets the new page straight from the cache
    await sleep(5_000);
    const news = await fetch(`${base}/desa/anjun/berita`);
    expect(await news.text()).toContain(title);
    expect(news.headers.get('x-page-cache')).toBe('HIT');
    // And a shared page (the portal) gives its next visitor the purged page at once, rendering
    // the new one behind for the visitors after
    const first = await fetch(`${base}/`);
    expect(first.headers.get('x-page-cache')).toBe('STALE');
    expect(await first.text()).not.toContain(title);
    const states: string[] = [];
    await eventually(async () => {
      const res = await fetch(`${base}/`);
      states.push(res.headers.get('x-page-cache') ?? '');
      expect(await res.text()).toContain(title);
    }, 5_000);
    // never rendered for a visitor (MISS) on the way
    expect(states.filter((state) => !['HIT', 'STALE'].includes(state))).toEqual([]);
  });

  it("does not serve one visitor's extra query parameters to the next (page cache)", async () => {
    // Given a first visitor whose link carries parameters of their own
    const poisoned = await fetch(`${base}/desa/anjun/lapak?page=2&utm_source=racun%22%3E%3Cb%3Ex&lang=racun`);
    expect(poisoned.status).toBe(200);
    // When the next visitor opens the same page plainly
    const res = await fetch(`${base}/desa/anjun/lapak?page=2`);
    // Then it comes from the same cached page, and none of those parameters is in it
    expect(res.headers.get('x-page-cache')).toBe('HIT');
    const html = await res.text();
    expect(html).not.toContain('racun');
    expect(await poisoned.text()).not.toContain('racun');
  });
});
