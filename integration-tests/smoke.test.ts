import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, type Stack } from './stack';

describe('the whole stack, booted from one sequence', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await bootStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('serves a village page that joins the Strapi profile with Medusa products in rupiah', async () => {
    // Given a demo village known to both backends
    const { urls } = stack.config;
    const home = await fetch(`${urls.cms}/api/webdesaku/villages/anjun/home?locale=id`).then((r) => r.json());
    const villageName: string = home.data.village.name;
    const shop = await fetch(`${urls.commerce}/webdesaku/villages/anjun`).then((r) => r.json());
    const products = await fetch(`${urls.commerce}/store/products?limit=50`, {
      headers: { 'x-publishable-api-key': shop.village.publishable_key },
    }).then((r) => r.json());
    const titles: string[] = products.products.map((p: { title: string }) => p.title);
    expect(titles.length).toBeGreaterThanOrEqual(5);

    // When a shopper opens the village page
    const res = await fetch(`${urls.storefront}/desa/anjun`);
    const html = await res.text();

    // Then it shows the village name from Strapi and a product with a rupiah price from Medusa
    expect(res.status).toBe(200);
    expect(html).toContain(villageName);
    expect(titles.some((title) => html.includes(escapeHtml(title)))).toBe(true);
    expect(html).toMatch(/Rp(&nbsp;|\s|\u00a0)[\d.]+/);
  });
});

function escapeHtml(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
