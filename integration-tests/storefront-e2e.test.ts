// The storefront end to end in real Chromium against the whole stack (cms, commerce, storefront).
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop } from '../scripts/lib/proc.mjs';
import { bootStack, type Stack } from './stack';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ADMIN = { email: 'admin@webdesaku.id', password: 'Webdesaku123!' };

/** Polls until `check` passes (a backend event is asynchronous); fails with the last error after `timeoutMs`. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

describe('storefront in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let urls: Stack['config']['urls'];

  beforeAll(async () => {
    stack = await bootStack();
    urls = stack.config.urls;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  beforeAll(async () => {
    page = await browser.newPage({ locale: 'id-ID' });
    page.setDefaultTimeout(60_000); // the machine is shared: a cold Medusa call may be slow
  });

  it('opens a village and reads one of its articles, without any JavaScript on the page', async () => {
    // Given the demo village Anjun
    // When a visitor opens its page
    const response = await page.goto(`${urls.storefront}/desa/anjun`);
    // Then its name, kecamatan, lapak prices and both server-rendered charts are there
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Anjun');
    expect(await page.locator('text=Kecamatan Plered').count()).toBeGreaterThan(0);
    expect(await page.content()).toMatch(/Rp [\d.]+/);
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('script[src]').count()).toBe(0);

    // When they open the first article
    const firstArticle = page.locator('#news ~ ul a').first();
    const title = (await firstArticle.textContent())?.trim() ?? '';
    await firstArticle.click();
    // Then the article page shows it
    await page.waitForURL(/\/desa\/anjun\/berita\/.+/);
    expect((await page.locator('h1').textContent())?.trim()).toBe(title);
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('NewsArticle');
  });

  it(
    'adds two products, checks out with COD and pickup, and the order lands in the village channel',
    { timeout: 300_000 },
    async () => {
      // Given two products of Anjun's lapak
      await page.goto(`${urls.storefront}/desa/anjun/lapak`);
      const productLinks = await page
        .locator('main ul li h3 a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(productLinks.length).toBeGreaterThanOrEqual(2);

      // When the shopper adds two of them to the cart
      for (const link of productLinks.slice(0, 2)) {
        await page.goto(link);
        await page.getByRole('button', { name: 'Tambah ke keranjang' }).click();
        await page.waitForURL((url) => url.pathname.endsWith('/keranjang') || url.searchParams.has('galat'));
        expect(new URL(page.url()).pathname).toBe('/keranjang');
      }
      // Then the cart groups both under the village
      expect(await page.locator('text=Pesanan dari Desa Anjun').count()).toBe(1);
      expect(await page.locator('input[name^="qty_"]').count()).toBe(2);

      // When they check out with an invalid phone first
      await page.getByRole('link', { name: 'Lanjut ke pembayaran' }).click();
      await page.waitForURL(/\/checkout\/anjun/);
      await page.fill('input[name="name"]', 'Siti Aminah');
      await page.fill('input[name="phone"]', '12345');
      await page.getByLabel('Ambil di tempat').check();
      await page.getByLabel('Bayar di tempat (COD)').check();
      await page.getByRole('button', { name: 'Buat pesanan' }).click();
      // Then a clear Indonesian error is shown and what they typed is kept
      await page.waitForSelector('[role="alert"]');
      expect(await page.locator('[role="alert"]').textContent()).toContain('Nomor HP tidak valid');
      expect(await page.inputValue('input[name="name"]')).toBe('Siti Aminah');

      // When they correct the phone and place the order
      await page.fill('input[name="phone"]', '0812 3456 7890');
      await page.getByLabel('Ambil di tempat').check();
      await page.getByLabel('Bayar di tempat (COD)').check();
      await page.getByRole('button', { name: 'Buat pesanan' }).click();
      await page.waitForURL(/\/pesanan\/order_/);
      // Then the confirmation shows, with pickup and COD
      expect(await page.locator('text=Terima kasih').count()).toBe(1);
      expect(await page.locator('text=Diambil sendiri di desa').count()).toBe(1);
      const orderId = /\/pesanan\/(order_[A-Za-z0-9]+)/.exec(page.url())?.[1] ?? '';

      // And Medusa has the order in Anjun's sales channel
      const { village } = await json<{ village: { sales_channel_id: string } }>(
        `${urls.commerce}/webdesaku/villages/anjun`,
      );
      const { token } = await json<{ token: string }>(`${urls.commerce}/auth/user/emailpass`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      const { order } = await json<{ order: { sales_channel_id: string; items: unknown[] } }>(
        `${urls.commerce}/admin/orders/${orderId}?fields=sales_channel_id,*items`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(order.sales_channel_id).toBe(village.sales_channel_id);
      expect(order.items).toHaveLength(2);
    },
  );

  it('switches to English', async () => {
    await page.goto(`${urls.storefront}/desa/anjun`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/desa\/anjun$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('text=Village market').count()).toBeGreaterThan(0);
  });

  it('shows a Strapi edit on the page right away (revalidation), not after the cache expires', async () => {
    // Given the village page of Wanayasa is cached
    const before = await fetch(`${urls.storefront}/desa/wanayasa`).then((r) => r.text());
    const marker = `Deskripsi diperbarui ${Date.now()}`;
    expect(before).not.toContain(marker);
    // When an admin edits the village in Strapi
    const login = await json<{ data: { token: string } }>(`${urls.cms}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const home = await json<{ data: { village: { documentId: string } } }>(
      `${urls.cms}/api/webdesaku/villages/wanayasa/home`,
    );
    await json(
      `${urls.cms}/content-manager/collection-types/plugin::webdesaku.village/${home.data.village.documentId}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.data.token}` },
        body: JSON.stringify({ description: marker }),
      },
    );
    // Then the storefront shows it within seconds (the cache TTL is minutes)
    await eventually(async () =>
      expect(await fetch(`${urls.storefront}/desa/wanayasa`).then((r) => r.text())).toContain(marker),
    );
  });

  it('still renders a village page with Medusa stopped, marking the lapak unavailable', async () => {
    // Given Medusa is down
    await stop(stack.procs.commerce);
    // When a visitor opens a village not yet cached
    const response = await page.goto(`${urls.storefront}/desa/cilegong`);
    // Then the village information renders and the lapak says it is unavailable
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Cilegong');
    expect(await page.locator('text=Lapak sedang tidak tersedia').count()).toBe(1);
  });
});
