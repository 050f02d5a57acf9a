import { existsSync } from 'node:fs';
import { join } from 'node:path';
import axios from 'axios';
import type { Browser, Page } from 'playwright-core';
import { demoProducts } from '../../src/scripts/seed/catalog';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import type { ProvisionedVillage } from '../factories/villages';
import { startBuiltCommerce } from './built-server';
import { login, openDashboard, visible } from './dashboard';

const built = existsSync(join(__dirname, '..', '..', '.medusa', 'server', 'public', 'admin', 'index.html'));

describe.runIf(built)('a seller in the real Medusa dashboard', () => {
  let server: Awaited<ReturnType<typeof startBuiltCommerce>>;
  let browser: Browser;
  let page: Page;
  let anjun: ProvisionedVillage;
  let orderId: string;
  let foreignOrderId: string;
  const api = () => axios.create({ baseURL: server.url });
  const regencyToken = async () => {
    const { data } = await api().post('/auth/user/emailpass', {
      email: 'admin@webdesaku.id',
      password: 'Webdesaku123!',
    });
    return { headers: { authorization: `Bearer ${data.token}` } };
  };

  beforeAll(async () => {
    server = await startBuiltCommerce(41000 + Math.floor(Math.random() * 8000));
    const { data } = await api().get('/webdesaku/villages/anjun');
    anjun = data.village;
    // An order of Anjun placed by a guest in the storefront.
    const headers = { headers: { 'x-publishable-api-key': anjun.publishable_key } };
    const { data: products } = await api().get('/store/products?limit=1&fields=variants.id', headers);
    const cartId = await guestCartWith(api(), anjun, products.products[0].variants[0].id, 1);
    const res = await payAndComplete(api(), anjun, cartId, 'pp_cod_webdesaku');
    orderId = res.data.order.id;
    const { data: other } = await api().get('/webdesaku/villages/wanayasa');
    const otherHeaders = { headers: { 'x-publishable-api-key': other.village.publishable_key } };
    const { data: otherProducts } = await api().get(
      '/store/products?limit=1&fields=variants.id',
      otherHeaders,
    );
    const otherCart = await guestCartWith(api(), other.village, otherProducts.products[0].variants[0].id, 1);
    foreignOrderId = (await payAndComplete(api(), other.village, otherCart, 'pp_cod_webdesaku')).data.order
      .id;
    ({ browser, page } = await openDashboard(server.url));
    await login(page, 'penjual.anjun@webdesaku.id', 'Webdesaku123!');
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens in Bahasa Indonesia', async () => {
    await page.goto('/app/products');
    await page.getByRole('link', { name: 'Buat' }).waitFor();
    expect(await page.context().cookies()).toContainEqual(
      expect.objectContaining({ name: 'lng', value: 'id' }),
    );
  });

  it("lists only its own village's products", async () => {
    await page.goto('/app/products');
    await page.locator('tbody tr').first().waitFor();
    const rows = (await page.locator('tbody tr').allInnerTexts()).join('\n');
    for (const own of demoProducts({ slug: 'anjun', name: 'Anjun', theme: '' }))
      expect(rows).toContain(own.title);
    for (const other of demoProducts({ slug: 'wanayasa', name: 'Wanayasa', theme: '' }))
      expect(rows).not.toContain(other.title);
  });

  it('creates a product with a price and stock that lands in its village', async () => {
    const title = `Kendi Uji ${Date.now()}`;
    await page.goto('/app/products');
    await page.getByRole('link', { name: 'Buat' }).click();
    await visible(page, 'input[name=title]').fill(title);
    await visible(page, 'button:has-text("Lanjutkan")').click();
    await visible(page, 'button:has-text("Lanjutkan")').click();
    const cell = (column: number) =>
      page.locator(`[data-row-index="0"][data-column-index="${column}"]`).last();
    await cell(3).locator('button, [role=checkbox], input').first().click();
    await cell(6).click();
    await page.keyboard.type('30000');
    await page.keyboard.press('Enter');
    await visible(page, 'button:has-text("Publikasikan")').click();
    await page.waitForURL(/\/app\/products\/prod_/);
    const productId = page.url().split('/').pop()!;
    await page.getByText('Desa Anjun').first().waitFor();
    // Stock at the village office.
    const token = await regencyToken();
    const { data } = await api().get(
      `/admin/products/${productId}?fields=sales_channels.id,variants.prices.amount,variants.prices.currency_code,variants.inventory_items.inventory_item_id`,
      token,
    );
    expect(data.product.sales_channels.map((c: { id: string }) => c.id)).toEqual([anjun.sales_channel_id]);
    expect(
      data.product.variants[0].prices.map((p: { amount: number; currency_code: string }) => [
        p.currency_code,
        p.amount,
      ]),
    ).toContainEqual(['idr', 30000]);
    const itemId = data.product.variants[0].inventory_items[0].inventory_item_id;
    const { data: villages } = await api().get('/admin/webdesaku/villages', token);
    const anjunLocation = villages.villages.find(
      (v: { slug: string }) => v.slug === 'anjun',
    ).stock_location_id;
    await page.goto(`/app/inventory/${itemId}`);
    await page.getByText('Kelola lokasi').last().click();
    // Only the village's own location is offered.
    await expect
      .poll(() => visible(page, '[role=dialog]').innerText(), { timeout: 15_000 })
      .toContain('Kantor Desa Anjun');
    expect(await visible(page, '[role=dialog]').innerText()).not.toContain('Kantor Desa Wanayasa');
    await visible(page, '[role=dialog] [role=checkbox]').click();
    await expect
      .poll(() => visible(page, '[role=dialog] [role=checkbox]').getAttribute('data-state'), {
        timeout: 15_000,
      })
      .toBe('checked');
    await visible(page, '[role=dialog] button:has-text("Simpan")').click();
    await page.locator('[role=dialog]:visible').waitFor({ state: 'detached' });
    const row = page.locator('tbody tr', { hasText: 'Kantor Desa Anjun' }).last();
    await row.locator('button').last().click();
    await page.locator('[role=menuitem]', { hasText: 'Edit' }).last().click();
    await visible(page, 'input[name=stocked_quantity]').fill('12');
    await visible(page, '[role=dialog] button:has-text("Simpan")').click();
    await page.locator('[role=dialog]:visible').waitFor({ state: 'detached' });
    await expect
      .poll(
        async () => {
          const { data: levels } = await api().get(`/admin/inventory-items/${itemId}/location-levels`, token);
          return levels.inventory_levels.map((l: { location_id: string; stocked_quantity: number }) => [
            l.location_id,
            l.stocked_quantity,
          ]);
        },
        { timeout: 15_000 },
      )
      .toEqual([[anjunLocation, 12]]);
    // And the new product is in its list.
    await page.goto('/app/products');
    await page.getByText(title).first().waitFor();
  });

  it('opens an order of its village, showing the village, and fulfils it', async () => {
    await page.goto(`/app/orders/${orderId}`);
    await page.getByText('Desa Anjun').first().waitFor();
    await page.getByText('pembeli.anjun@example.com').first().waitFor();
    // The page the order's "Fulfill items" action opens.
    await page.goto(`/app/orders/${orderId}/fulfillment?requires_shipping=true`);
    // On a busy machine the form's data (items, locations) can arrive after its button shows.
    await page.waitForLoadState('networkidle');
    await visible(page, '[role=dialog] button:has-text("Buat Pemenuhan")').click();
    await page.waitForURL(new RegExp(`/app/orders/${orderId}$`), { timeout: 90_000 });
    const token = await regencyToken();
    await expect
      .poll(
        async () => {
          const { data } = await api().get(`/admin/orders/${orderId}?fields=fulfillments.location_id`, token);
          return data.order.fulfillments.length;
        },
        { timeout: 15_000 },
      )
      .toBe(1);
  });

  it("is refused another village's order with the reason", async () => {
    await page.goto(`/app/orders/${foreignOrderId}`);
    await page.getByText('bukan milik Desa Anjun').first().waitFor();
  });
});
