// A village's seller at work in the real Medusa dashboard (it opens in Bahasa Indonesia): the bell,
// an order's payment proof, fulfilment and shipment, each through the dashboard's own screens.
import type { Browser, Page } from 'playwright-core';
import { eventually } from './eventually';

/** A seller logged into `<commerce>/app` in a browser context of their own. */
export async function sellerDashboard(
  browser: Browser,
  commerceUrl: string,
  email: string,
  password: string,
) {
  const context = await browser.newContext({
    baseURL: commerceUrl,
    locale: 'id-ID',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000); // the dashboard's first load compiles its modules
  await page.goto('/app/login');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/app\/orders/, { timeout: 90_000 });
  return page;
}

/**
 * Opens the bell's drawer in the top bar until it lists `title`. The dashboard keeps the list for
 * 90 s once loaded, so each look starts from a fresh page.
 */
export async function bellLists(page: Page, title: string) {
  const drawer = page.getByRole('dialog', { name: 'Notifikasi' });
  await eventually(async () => {
    await page.reload();
    // The bell is the top bar's only dialog trigger (it has no accessible name of its own).
    await page.locator('button[aria-haspopup="dialog"]').click();
    const listed = await drawer
      .getByText(title, { exact: true })
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    return listed;
  }, `"${title}" in the seller's bell`);
}

/** Opens order `#number` from the order list; returns the order's id. */
export async function openOrder(page: Page, number: string) {
  await page.goto('/app/orders');
  await page.getByRole('cell', { name: `#${number}`, exact: true }).click();
  await page.waitForURL(/\/app\/orders\/order_[^/]+$/);
  return page.url().split('/').pop()!;
}

/** The proof widget's photo, once the browser has loaded it: its natural width. */
export function proofImageWidth(page: Page, number: string) {
  const image = page.getByRole('img', { name: `Bukti pembayaran pesanan #${number}` });
  return eventually(
    () => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    `the proof photo of #${number} loaded`,
  );
}

/** "Konfirmasi pembayaran", confirmed in the prompt; waits for the widget to say it is paid. */
export async function confirmPayment(page: Page) {
  await page.getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
  await page.getByText('Pembayaran dikonfirmasi').first().waitFor();
  await widget(page, 'Bukti pembayaran').getByText('Dibayar', { exact: true }).waitFor();
}

/**
 * The unfulfilled items' menu → "Penuhi item" → "Buat Pemenuhan" with the shopper's own delivery
 * choice. The form fills its location and delivery from queries; until both show, a click is
 * refused with "Opsi pengiriman wajib diisi", so it waits for them.
 */
export async function fulfil(page: Page, orderId: string, delivery: string) {
  await widget(page, 'Item Belum Terpenuhi').getByRole('button').click();
  await page.getByRole('menuitem', { name: 'Penuhi item' }).click();
  await page.waitForURL(/\/fulfillment\?/);
  const form = page.locator('[role=dialog]:visible').last();
  const shown = (field: string) => form.locator(`div:has(> input[name="${field}"]) p`);
  await shown('location_id').filter({ hasText: /\S/ }).waitFor();
  await shown('shipping_option_id')
    .filter({ hasText: new RegExp(`^${delivery}$`) })
    .waitFor();
  await form.getByRole('button', { name: 'Buat Pemenuhan' }).click();
  await page.waitForURL(new RegExp(`/app/orders/${orderId}$`), { timeout: 90_000 });
}

/** The fulfilment's "Tandai sebagai dikirim" with one tracking number (resi). */
export async function markShipped(page: Page, orderId: string, resi: string) {
  await page.getByRole('button', { name: 'Tandai sebagai dikirim' }).click();
  await page.waitForURL(/\/create-shipment$/);
  await page.getByRole('button', { name: 'Tambah nomor pelacakan' }).click();
  await page.getByLabel('Nomor pelacakan').fill(resi);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.waitForURL(new RegExp(`/app/orders/${orderId}$`), { timeout: 90_000 });
  await page.getByText('Pengiriman berhasil dibuat.').first().waitFor();
}

/** The innermost block of the order page holding the heading `title` (a widget or a section). */
function widget(page: Page, title: string) {
  return page
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .last();
}
