import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, type Stack } from './stack';
import { cm, medusaAdmin, strapiAdmin, villageDocumentId } from './helpers/admin';
import { INERTNESS_PROBE, launchChromium } from './helpers/browser';
import { PASSWORD, REGENCY_ADMIN, VILLAGE_A } from './helpers/demo';
import { request } from './helpers/http';

// Each payload sets window.__xss if it ever runs; the marker proves the text reached the page.
const marker = `XSSPROBE${randomBytes(3).toString('hex')}`;
const PAYLOADS = [
  `<img src=x onerror="window.__xss='img'">`,
  `<script>window.__xss='script'</script>`,
  `"><svg onload="window.__xss='svg'">`,
  `</script><script>window.__xss='breakout'</script>`,
  `{{constructor.constructor("window.__xss='template'")()}}`,
];
const hostile = `${marker} ${PAYLOADS.join(' ')}`;

let stack: Stack;
let browser: Browser;
let articleSlug = '';
let productHandle = '';

beforeAll(async () => {
  stack = await bootStack();
  browser = await launchChromium();
  const { urls } = stack.config;

  // Given an article whose title, excerpt and body carry script payloads, published by the regency admin
  const strapi = await strapiAdmin(urls.cms, REGENCY_ADMIN, PASSWORD);
  const village = await villageDocumentId(urls.cms, VILLAGE_A);
  articleSlug = `berita-uji-xss-${marker.toLowerCase()}`;
  const created = await strapi.call('POST', `${cm('article')}/actions/publish?locale=id`, {
    title: hostile.slice(0, 200),
    slug: articleSlug,
    excerpt: hostile.slice(0, 300),
    category: 'berita',
    village: { connect: [{ documentId: village }] },
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: hostile }] },
      { type: 'quote', children: [{ type: 'text', text: PAYLOADS[0] }] },
      { type: 'code', children: [{ type: 'text', text: PAYLOADS[3] }] },
    ],
  });
  if (created.status >= 300) throw new Error(`article not created: ${created.status} ${created.body}`);

  // And a product of the village whose title and description carry the same payloads (Medusa admin)
  const medusa = await medusaAdmin(urls.commerce, REGENCY_ADMIN, PASSWORD);
  const shop = JSON.parse((await request(`${urls.commerce}/webdesaku/villages/${VILLAGE_A}`)).body).village;
  const list = await medusa.call(
    'GET',
    `/admin/products?sales_channel_id[]=${shop.sales_channel_id}&limit=1&fields=id,handle`,
  );
  const product = list.json.products[0];
  productHandle = product.handle;
  const updated = await medusa.call('POST', `/admin/products/${product.id}`, {
    title: hostile,
    description: hostile,
  });
  if (updated.status >= 300) throw new Error(`product not updated: ${updated.status} ${updated.body}`);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function visit(path: string) {
  const page = await browser.newPage();
  try {
    const response = await page.goto(stack.config.urls.storefront + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    return {
      status: response?.status(),
      html: await page.content(),
      findings: await page.evaluate<string[]>(INERTNESS_PROBE),
    };
  } finally {
    await page.close();
  }
}

describe('script URLs in rich text', () => {
  it('are refused by Strapi when an article is saved (400 naming the field)', async () => {
    // Given the regency admin writing an article whose link is a javascript: URL
    const strapi = await strapiAdmin(stack.config.urls.cms, REGENCY_ADMIN, PASSWORD);
    const link = {
      type: 'link',
      url: "javascript:window.__xss='link'",
      children: [{ type: 'text', text: 'klik' }],
    };
    // When it is saved
    const answer = await strapi.call('POST', `${cm('article')}?locale=id`, {
      title: `Tautan ${marker}`,
      slug: `tautan-${marker.toLowerCase()}`,
      body: [{ type: 'paragraph', children: [link] }],
    });
    // Then it is refused with the path of the bad link
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('url');
  });
});

describe('script and HTML injected through the admin APIs is rendered inert', () => {
  const pages = () => [
    `/desa/${VILLAGE_A}/berita/${articleSlug}`,
    `/desa/${VILLAGE_A}`,
    `/desa/${VILLAGE_A}/berita`,
    `/desa/${VILLAGE_A}/lapak`,
    `/desa/${VILLAGE_A}/lapak/${productHandle}`,
  ];

  it('on the article, village, news and lapak pages (Chromium, with JavaScript)', async () => {
    for (const path of pages()) {
      // When a visitor opens the page in a real browser
      const { status, html, findings } = await visit(path);
      // Then the payload is shown as text and nothing of it runs
      expect(status, path).toBe(200);
      expect(html, `${path} does not show the injected text`).toContain(marker);
      expect(findings, path).toEqual([]);
    }
  });

  it('in search results, with the payload in the query string as well', async () => {
    const { status, html, findings } = await visit(
      `/cari?q=${encodeURIComponent(`${marker} ${PAYLOADS[0]}`)}`,
    );
    expect(status).toBe(200);
    expect(html).toContain(marker);
    expect(findings).toEqual([]);
  });

  it('in the raw HTML too: no live tag or script URL from the payloads', async () => {
    for (const path of pages()) {
      const { body } = await request(stack.config.urls.storefront + path);
      // JSON blocks may hold the payload as a string; they must still parse (no early </script>).
      const json = /<script[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g;
      for (const [, content] of body.matchAll(json)) expect(() => JSON.parse(content), path).not.toThrow();
      // Inside a quoted attribute value "<" is plain text (meta description, og:title): drop those too.
      const markup = body.replace(json, '').replace(/="[^"]*"/g, '=""');
      expect(markup, path).not.toMatch(
        /<img src=x onerror|<script>window\.__xss|<svg onload|href="javascript:/i,
      );
    }
  });
});
