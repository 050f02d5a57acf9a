// The storefront end to end in real Chromium against the whole stack (cms, commerce, storefront),
// and the order loop with the other side of it: the village's seller in the real Medusa dashboard.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stop } from '../scripts/lib/proc.mjs';
import { launchChromium } from './helpers/browser';
import {
  bellLists,
  confirmPayment,
  fulfil,
  markShipped,
  openOrder,
  proofImageWidth,
  sellerDashboard,
} from './helpers/dashboard-seller';
import { PASSWORD, sellerOf, VILLAGE_A } from './helpers/demo';
import { eventually } from './helpers/eventually';
import { solidPng } from './helpers/images';
import {
  addToCartFromLapak,
  fillCheckout,
  lookUpOrder,
  placeOrder,
  shopperPhone,
  timeline,
} from './helpers/shop-pages';
import { bootStack, type Stack } from './stack';

const ADMIN = { email: 'admin@webdesaku.id', password: 'Webdesaku123!' };
// The demo seed's BUMDes account of Anjun (commerce/src/scripts/seed/payment.ts).
const ANJUN_ACCOUNT = { bank: 'BRI (contoh)', number: '0000 0101 0000 000', holder: 'BUMDes Desa Anjun' };
const RUPIAH = /^Rp \d{1,3}(\.\d{3})*$/;
/** The amount after "Total" in a page's text (the order's sum, shipping included). */
const totalIn = (text: string) => /Total\s+(Rp [\d.]+)/.exec(text)?.[1];

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
    browser = await launchChromium();
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
    await eventually(
      async () => (await fetch(`${urls.storefront}/desa/wanayasa`).then((r) => r.text())).includes(marker),
      'the edit on the village page',
      20_000,
    );
  });

  it(
    'pays by transfer with a proof photo; the seller confirms and ships in the dashboard; the shopper follows it to the resi and prints the nota',
    { timeout: 600_000 },
    async () => {
      // Given a shopper on their phone with a product of Anjun's lapak in the cart
      const shopper = await shopperPhone(browser);
      await addToCartFromLapak(shopper, urls.storefront, VILLAGE_A, 2);

      // When they go to checkout
      await shopper.getByRole('link', { name: 'Lanjut ke pembayaran' }).click();
      await shopper.waitForURL(/\/checkout\/anjun$/);
      // Then "Transfer bank" shows the village's BUMDes account
      const methods = await shopper.getByRole('group', { name: 'Pembayaran' }).innerText();
      for (const text of ['Transfer bank', ...Object.values(ANJUN_ACCOUNT)]) expect(methods).toContain(text);

      // When they order for the village courier, paying by transfer
      await fillCheckout(shopper, {
        name: 'Dewi Lestari',
        phone: '0813 2222 3333',
        delivery: 'Kurir desa',
        address: 'Jl. Raya Plered No. 9, Purwakarta',
        payment: 'Transfer bank',
      });
      const order = await placeOrder(shopper);
      // Then the order page asks for the exact amount, to the same account
      const howToPay = await shopper.getByRole('region', { name: 'Cara membayar' }).innerText();
      const amount = /Transfer tepat (Rp [\d.]+) ke salah satu rekening ini/.exec(howToPay)?.[1];
      expect(amount).toMatch(RUPIAH);
      const items = await shopper.getByRole('region', { name: 'Barang' }).innerText();
      expect(totalIn(items)).toBe(amount);
      expect(howToPay).toContain(ANJUN_ACCOUNT.number);

      // When they send a text file as the proof
      const proofForm = shopper.getByRole('region', { name: 'Bukti pembayaran' });
      await proofForm.getByLabel('Foto bukti pembayaran').setInputFiles({
        name: 'bukti.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('bukan foto'),
      });
      await proofForm.getByRole('button', { name: 'Kirim bukti' }).click();
      // Then they are told, in Bahasa Indonesia, what a proof must be
      await shopper.waitForURL(/bukti-gagal=type/);
      expect(await shopper.getByRole('alert').innerText()).toContain(
        'Berkas harus foto JPEG, PNG atau WebP.',
      );

      // When they send a photo of the transfer
      await proofForm.getByLabel('Foto bukti pembayaran').setInputFiles({
        name: 'bukti-transfer.png',
        mimeType: 'image/png',
        buffer: solidPng(120, 90, [51, 102, 204]),
      });
      await proofForm.getByRole('button', { name: 'Kirim bukti' }).click();
      // Then it is taken
      await shopper.waitForURL(/bukti=terkirim/);
      expect(await shopper.getByRole('status').first().innerText()).toContain('Bukti pembayaran terkirim');

      // Given Anjun's seller, logged into the dashboard
      const seller = await sellerDashboard(browser, urls.commerce, sellerOf(VILLAGE_A), PASSWORD);
      // Then the bell tells them of the proof
      await bellLists(seller, `Bukti pembayaran dikirim #${order.number}`);
      // When they open the order, Then the shopper's photo is shown
      expect(await openOrder(seller, order.number)).toBe(order.id);
      expect(await proofImageWidth(seller, order.number)).toBe(120);
      // When they confirm the payment, pack the order and ship it with a resi
      const resi = `KDA-${Date.now() % 1_000_000}`;
      await confirmPayment(seller);
      await fulfil(seller, order.id, 'Kurir desa');
      await markShipped(seller, order.id, resi);

      // Given the shopper on another phone (no cookie of the order)
      const otherPhone = await shopperPhone(browser);
      // When they look the order up by its short number and their phone, typed another way
      await lookUpOrder(otherPhone, urls.storefront, order.number, '081322223333');
      expect(otherPhone.url()).toContain(order.id);
      // Then the timeline shows it paid and shipped by the village courier with the resi (the order
      // page reads Medusa live, and the dashboard waited for each of its writes: nothing to wait for)
      const road = await timeline(otherPhone);
      expect(road.done).toEqual(
        expect.arrayContaining(['Bukti pembayaran dikirim', 'Dibayar', 'Dikemas', 'Dikirim']),
      );
      expect(road.text).toContain(`Kurir desa · resi ${resi}`);
      expect(road.text).toContain('Dalam pengiriman');

      // When they open the nota
      await otherPhone.getByRole('link', { name: 'Nota pesanan' }).click();
      await otherPhone.waitForURL(/\/nota\?/);
      expect(await otherPhone.getByRole('banner').isVisible()).toBe(true);
      expect(await otherPhone.getByRole('contentinfo').isVisible()).toBe(true);
      // And print it
      await otherPhone.emulateMedia({ media: 'print' });
      // Then the site's header and footer step aside; the items, with their Rupiah amounts, remain
      expect(await otherPhone.getByRole('banner').isHidden()).toBe(true);
      expect(await otherPhone.getByRole('contentinfo').isHidden()).toBe(true);
      const table = otherPhone.getByRole('table');
      expect(await table.isVisible()).toBe(true);
      expect(totalIn(await table.innerText())).toBe(amount);
      // And Chromium makes a PDF of it
      const pdf = await otherPhone.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(1_000);

      await Promise.all([shopper, seller, otherPhone].map((p) => p.context().close()));
    },
  );

  it(
    'takes a COD order for pickup; the seller packs it in the dashboard and the shopper sees it ready',
    { timeout: 600_000 },
    async () => {
      // Given another shopper with a product of Anjun's lapak in the cart
      const shopper = await shopperPhone(browser);
      await addToCartFromLapak(shopper, urls.storefront, VILLAGE_A, 3);
      await shopper.getByRole('link', { name: 'Lanjut ke pembayaran' }).click();
      await shopper.waitForURL(/\/checkout\/anjun$/);

      // When they order for pickup, paying cash
      await fillCheckout(shopper, {
        name: 'Budi Santoso',
        phone: '0857 1111 2222',
        delivery: 'Ambil di tempat',
        payment: 'Bayar di tempat (COD)',
      });
      const order = await placeOrder(shopper);
      // Then the order page asks for neither a transfer nor a proof
      const page = await shopper.locator('main').innerText();
      expect(page).toContain('Diambil sendiri di desa');
      expect(page).not.toContain(ANJUN_ACCOUNT.number);
      expect(await shopper.getByRole('region', { name: 'Bukti pembayaran' }).count()).toBe(0);
      expect(await shopper.locator('input[name="proof"]').count()).toBe(0);

      // Given Anjun's seller in the dashboard, told of the new order by the bell
      const seller = await sellerDashboard(browser, urls.commerce, sellerOf(VILLAGE_A), PASSWORD);
      await bellLists(seller, `Pesanan baru #${order.number}`);
      // When they open it and pack it for pickup
      expect(await openOrder(seller, order.number)).toBe(order.id);
      await fulfil(seller, order.id, 'Ambil di tempat');

      // Then the shopper, looking it up on another phone, sees it is ready to be picked up
      const otherPhone = await shopperPhone(browser);
      await lookUpOrder(otherPhone, urls.storefront, order.number, '0857-1111-2222');
      const road = await timeline(otherPhone);
      expect(road.done).toContain('Siap diambil');
      expect(road.done).not.toContain('Dibayar'); // cash is paid at the end

      await Promise.all([shopper, seller, otherPhone].map((p) => p.context().close()));
    },
  );

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
