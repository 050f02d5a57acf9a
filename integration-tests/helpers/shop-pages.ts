// A shopper's moves through the storefront's own pages in Chromium (no API calls on their behalf).
import type { Browser, Page } from 'playwright-core';

/** A phone of its own: a fresh browser context with no cookies, in Bahasa Indonesia. */
export async function shopperPhone(browser: Browser) {
  const context = await browser.newContext({ locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000); // the machine is shared: a cold Medusa call may be slow
  return page;
}

/** Lapak → the product at `index` → "Tambah ke keranjang" → the cart. */
export async function addToCartFromLapak(page: Page, storefront: string, village: string, index: number) {
  await page.goto(`${storefront}/desa/${village}/lapak`);
  await page.locator('main ul li h3 a').nth(index).click();
  await page.waitForURL(new RegExp(`/desa/${village}/lapak/.+`));
  await page.getByRole('button', { name: 'Tambah ke keranjang' }).click();
  await page.waitForURL((url) => url.pathname === '/keranjang');
}

export interface CheckoutChoice {
  name: string;
  phone: string;
  delivery: 'Kurir desa' | 'Ambil di tempat';
  payment: 'Transfer bank' | 'Bayar di tempat (COD)';
  address?: string;
}

/** Fills the checkout form as a shopper would, without sending it. */
export async function fillCheckout(page: Page, choice: CheckoutChoice) {
  await page.getByLabel('Nama lengkap').fill(choice.name);
  await page.getByLabel('Nomor HP/WhatsApp').fill(choice.phone);
  await page.getByLabel(choice.delivery).check();
  if (choice.address) await page.getByLabel('Alamat lengkap').fill(choice.address);
  await page.getByLabel(choice.payment).check();
}

/** "Buat pesanan": lands on the order page; returns the order's id and its short number (12 of #12). */
export async function placeOrder(page: Page) {
  await page.getByRole('button', { name: 'Buat pesanan' }).click();
  await page.waitForURL(/\/pesanan\/order_[^/?]+\?baru=1$/);
  const id = /\/pesanan\/(order_[^/?]+)/.exec(page.url())![1];
  const number = /#(\d+)/.exec(await page.locator('h1').innerText())![1];
  return { id, number };
}

/** The "Cek status pesanan" form: the short number as the shopper was told it, and their contact. */
export async function lookUpOrder(page: Page, storefront: string, number: string, contact: string) {
  await page.goto(`${storefront}/pesanan`);
  await page.getByLabel('Nomor pesanan').fill(`#${number}`);
  await page.getByLabel('Email atau nomor HP').fill(contact);
  await page.getByRole('button', { name: 'Cek pesanan' }).click();
  await page.waitForURL(/\/pesanan\/order_/);
}

/** The order's timeline: the labels of the steps already done, and the whole text (dates, resi). */
export async function timeline(page: Page) {
  const section = page.getByRole('region', { name: 'Perjalanan pesanan' });
  const done = await section
    .locator('li')
    .evaluateAll((steps) =>
      steps
        .filter((step) => step.querySelector('[aria-hidden="true"]')?.textContent === '✓')
        .map((step) => step.querySelector('span.flex-col > span')?.textContent?.trim() ?? ''),
    );
  return { done, text: await section.innerText() };
}
