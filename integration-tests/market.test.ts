// The regency market against the whole stack at demo scale: /lapak lists every open village shop,
// its filters and orders agree with each village's own store API, search finds a product by a
// word of its description or by its village, and closed shops and drafts never show.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { medusaAdmin, type AdminClient } from './helpers/admin';
import { shopOf, type Shop } from './helpers/commerce';
import { demo, PASSWORD, REGENCY_ADMIN, sellerOf } from './helpers/demo';
import { eventually } from './helpers/eventually';
import { request } from './helpers/http';
import { bootStack, type Stack } from './stack';

type Card = { handle: string; title: string; price: number; village: string; villageName: string };
type StoreProduct = {
  handle: string;
  title: string;
  variants: { calculated_price: { calculated_amount: number } }[];
};

async function json<T>(url: string, headers: Record<string, string> = {}): Promise<T> {
  const answer = await request(url, { headers });
  if (answer.status !== 200) throw new Error(`${url} → ${answer.status}: ${answer.body.slice(0, 300)}`);
  return JSON.parse(answer.body) as T;
}

describe('regency market', () => {
  let stack: Stack;
  let urls: Stack['config']['urls'];
  let shops: Record<string, Shop>;
  let admin: AdminClient;
  let browser: Browser;

  /** What each village's own store API sells a guest, with the lowest price of each product. */
  async function storeProducts(slug: string, query = ''): Promise<{ handle: string; price: number }[]> {
    const shop = shops[slug];
    const key = { 'x-publishable-api-key': shop.publishable_key };
    const { regions } = await json<{ regions: { id: string }[] }>(`${urls.commerce}/store/regions`, key);
    const { products } = await json<{ products: StoreProduct[] }>(
      `${urls.commerce}/store/products?limit=100&region_id=${regions[0].id}&fields=handle,title,*variants.calculated_price${query}`,
      key,
    );
    return products.map((p) => ({
      handle: p.handle,
      price: Math.min(...p.variants.map((v) => v.calculated_price.calculated_amount)),
    }));
  }
  const market = (query: string) =>
    json<{
      lapak: { products: Card[]; count: number; available: boolean };
      categories: { handle: string }[];
    }>(`${urls.storefront}/api/lapak?${query}`);
  const handles = (cards: { handle: string }[]) => cards.map((c) => c.handle).sort();

  beforeAll(async () => {
    stack = await bootStack();
    urls = stack.config.urls;
    shops = Object.fromEntries(
      await Promise.all(
        demo.villages.map(async (v) => [v.slug, await shopOf(urls.commerce, v.slug)] as const),
      ),
    );
    admin = await medusaAdmin(urls.commerce, REGENCY_ADMIN, PASSWORD);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows a product of every demo village on /lapak, each card naming its village', async () => {
    // Given every village's products as its own store API sells them
    const expected = (await Promise.all(demo.villages.map((v) => storeProducts(v.slug)))).flat();
    // When a shopper opens the regency market
    const page = await request(`${urls.storefront}/lapak`);
    const data = await market('');
    // Then all of them are listed, and the page links one product of each village
    expect(page.status).toBe(200);
    expect(data.lapak.count).toBe(expected.length);
    expect(handles(data.lapak.products)).toEqual(handles(expected));
    for (const village of demo.villages) {
      expect(page.body).toContain(`/desa/${village.slug}/lapak/`);
      expect(page.body).toContain(`Desa ${village.name}`);
    }
    // And the English page lists the same market
    expect((await request(`${urls.storefront}/en/lapak`)).status).toBe(200);
  });

  it('filters by kecamatan, desa and category, and sorts, as each store API would', async () => {
    const anjun = demo.villages[0];
    const wanayasa = demo.villages[1];
    // By kecamatan: exactly Anjun's products (Plered has one demo village)
    expect(handles((await market(`district=${anjun.district}`)).lapak.products)).toEqual(
      handles(await storeProducts(anjun.slug)),
    );
    // By desa and category: Wanayasa's drinks, as its store API filters them by the category
    const categories = await json<{ product_categories: { id: string; handle: string }[] }>(
      `${urls.commerce}/store/product-categories?handle=minuman`,
      { 'x-publishable-api-key': shops[wanayasa.slug].publishable_key },
    );
    const drinks = await storeProducts(
      wanayasa.slug,
      `&category_id[]=${categories.product_categories[0].id}`,
    );
    expect(drinks.length).toBeGreaterThan(0);
    expect(handles((await market(`village=${wanayasa.slug}&category=minuman`)).lapak.products)).toEqual(
      handles(drinks),
    );
    // By price, cheapest first, over every village
    const all = (await Promise.all(demo.villages.map((v) => storeProducts(v.slug)))).flat();
    const cheap = (await market('sort=price_asc&max_price=40.000')).lapak.products;
    expect(cheap.map((c) => c.price)).toEqual(
      all
        .filter((p) => p.price <= 40000)
        .map((p) => p.price)
        .sort((a, b) => a - b),
    );
    const dear = (await market('sort=price_desc')).lapak.products;
    expect(dear[0].price).toBe(Math.max(...all.map((p) => p.price)));
    // And a desa outside the chosen kecamatan gives the kecamatan, not an empty page
    expect((await market(`district=${anjun.district}&village=${wanayasa.slug}`)).lapak.count).toBe(
      (await storeProducts(anjun.slug)).length,
    );
  });

  it('finds a product by a word of its description and by its village, in either order', async () => {
    const search = (q: string) =>
      json<{ products: Card[]; productCount: number }>(
        `${urls.storefront}/api/search?q=${encodeURIComponent(q)}`,
      );
    // A word only the Kendi's description has ("sejuk")
    const byDescription = await search('sejuk');
    expect(byDescription.products.map((p) => p.title)).toContain('Kendi Tanah Liat Tradisional');
    // Pottery of Anjun, either word first; coffee of Wanayasa
    for (const q of ['gerabah anjun', 'Anjun GERABAH']) {
      const found = await search(q);
      expect(found.productCount).toBeGreaterThan(0);
      expect(new Set(found.products.map((p) => p.village))).toEqual(new Set(['anjun']));
    }
    const coffee = await search('kopi wanayasa');
    expect(coffee.products.map((p) => p.title).sort()).toEqual([
      'Kopi Arabika Wanayasa 250 g',
      'Kopi Robusta Bubuk 200 g',
    ]);
    // A village's name alone finds its products (Cilegong's fish and trips)
    const cilegong = await search('cilegong');
    expect(cilegong.productCount).toBe((await storeProducts('cilegong')).length);
  });

  it('never shows a draft product or the products of a closed shop', async () => {
    const [anjun, wanayasa] = demo.villages;
    const seller = await medusaAdmin(urls.commerce, sellerOf(anjun.slug), PASSWORD);
    const [first] = await storeProducts(anjun.slug);
    const { products } = (await admin.call('GET', `/admin/products?handle=${first.handle}&fields=id`)).json;
    const productId: string = products[0].id;
    // Given both on the market (positive control)
    expect(handles((await market('')).lapak.products)).toContain(first.handle);
    try {
      // When Anjun's seller sets a product back to draft
      expect((await seller.call('POST', `/admin/products/${productId}`, { status: 'draft' })).status).toBe(
        200,
      );
      // Then it leaves the market (the change purges the cached lists)
      await eventually(
        async () => !handles((await market('')).lapak.products).includes(first.handle),
        'draft product gone from /api/lapak',
      );
      const byVillage = await json<{ products: Card[] }>(`${urls.storefront}/api/search?q=${anjun.slug}`);
      expect(byVillage.products.length).toBeGreaterThan(0);
      expect(byVillage.products.map((p) => p.handle)).not.toContain(first.handle);
      // When the regency closes Wanayasa's shop (its sales channel disabled)
      const close = await admin.call(
        'POST',
        `/admin/sales-channels/${shops[wanayasa.slug].sales_channel_id}`,
        {
          is_disabled: true,
        },
      );
      expect(close.status).toBe(200);
      // Then none of Wanayasa's products is listed or found, and its categories do not count them
      await eventually(
        async () => !(await market('')).lapak.products.some((c) => c.village === wanayasa.slug),
        'closed shop gone from /api/lapak',
      );
      const coffee = await json<{ products: Card[] }>(`${urls.storefront}/api/search?q=kopi`);
      expect(coffee.products.filter((p) => p.village === wanayasa.slug)).toEqual([]);
      expect((await market('category=minuman')).lapak.count).toBe(0);
    } finally {
      await seller.call('POST', `/admin/products/${productId}`, { status: 'published' });
      await admin.call('POST', `/admin/sales-channels/${shops[wanayasa.slug].sales_channel_id}`, {
        is_disabled: false,
      });
    }
    // And reopening brings them back
    await eventually(
      async () => (await market('')).lapak.products.some((c) => c.village === wanayasa.slug),
      'reopened shop back on /api/lapak',
    );
  });

  it("names a product's producer, and shows the producer's WhatsApp only with consent, never in JSON-LD", async () => {
    const anjun = demo.villages[0];
    const seller = await medusaAdmin(urls.commerce, sellerOf(anjun.slug), PASSWORD);
    const { villages } = (await seller.call('GET', '/admin/webdesaku/villages')).json;
    const villageId: string = villages.find((v: { slug: string }) => v.slug === anjun.slug).id;
    const [kendi, other] = await storeProducts(anjun.slug);
    const { products } = (await seller.call('GET', `/admin/products?handle=${kendi.handle}&fields=id`)).json;
    // Given a producer of Anjun who has not agreed to show her number, named on one product
    const created = await seller.call('POST', `/admin/webdesaku/villages/${villageId}/producers`, {
      name: 'Bu Euis Perajin',
      whatsapp: '0812-7777-0001',
      whatsapp_public: false,
      dusun: 'Dusun Citalang',
    });
    expect(created.status).toBe(200);
    const producerId: string = created.json.producer.id;
    const named = await seller.call('POST', `/admin/webdesaku/products/${products[0].id}/producer`, {
      producer_id: producerId,
    });
    expect(named.status).toBe(200);
    const productPage = () => request(`${urls.storefront}/desa/${anjun.slug}/lapak/${kendi.handle}`);
    // Then the product page names her, and its WhatsApp button goes to the village office
    const hidden = await eventually(async () => {
      const answer = await productPage();
      return answer.body.includes('Bu Euis Perajin') ? answer.body : null;
    }, 'producer named on the product page');
    expect(hidden).not.toContain('6281277770001');
    // The demo's Anjun office number (scripts/demo/data.json)
    expect(hidden).toContain('wa.me/6281200000001');
    // And the market card names her; her other products filter works on the village lapak
    const card = (await market(`village=${anjun.slug}`)).lapak.products.find(
      (c) => c.handle === kendi.handle,
    );
    expect(card).toMatchObject({ producer: { name: 'Bu Euis Perajin', whatsapp: null } });
    const hers = await json<{ lapak: { products: Card[] } }>(
      `${urls.storefront}/api/villages/${anjun.slug}/products?producer=${producerId}`,
    );
    expect(handles(hers.lapak.products)).toEqual([kendi.handle]);
    expect(handles(hers.lapak.products)).not.toContain(other.handle);
    // When she agrees to show her number
    expect(
      (await seller.call('POST', `/admin/webdesaku/producers/${producerId}`, { whatsapp_public: true }))
        .status,
    ).toBe(200);
    // Then the product page's WhatsApp button goes to her, and the JSON-LD still has no number
    const shown = await eventually(async () => {
      const answer = await productPage();
      return answer.body.includes('wa.me/6281277770001') ? answer.body : null;
    }, "producer's number on the product page after consent");
    const jsonLd = [...(shown ?? '').matchAll(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/gs)]
      .map((m) => m[1])
      .join('');
    expect(jsonLd).toContain('"Product"');
    expect(jsonLd).not.toContain('6281277770001');
    expect(jsonLd).not.toContain('7777');
  });

  it('on a 412 px phone: /lapak, filter by kecamatan, open a product, ask on WhatsApp', async () => {
    const wanayasa = demo.villages[1];
    const district = demo.districts.find((d) => d.slug === wanayasa.district)!;
    const context = await browser.newContext({
      locale: 'id-ID',
      viewport: { width: 412, height: 915 },
      isMobile: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    try {
      // Given the regency market on a phone, without any script on the page
      await page.goto(`${urls.storefront}/lapak`);
      expect(await page.locator('script[src]').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
      // When the shopper picks the kecamatan and applies
      await page.getByLabel('Kecamatan').selectOption(district.slug);
      await page.getByRole('button', { name: 'Terapkan' }).click();
      await page.waitForURL((url) => url.searchParams.get('district') === district.slug);
      // Then only that kecamatan's village sells here
      const cards = page.locator('main ul li article');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const text of await cards.allTextContents()) expect(text).toContain(`Desa ${wanayasa.name}`);
      // When they open a product
      await cards.first().locator('h3 a').click();
      await page.waitForURL(new RegExp(`/desa/${wanayasa.slug}/lapak/.+`));
      // Then the product page offers a WhatsApp chat with a message naming the product
      const wa = page.getByRole('link', { name: 'Tanya via WhatsApp' });
      const href = (await wa.getAttribute('href')) ?? '';
      expect(href).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
      const title = (await page.locator('h1').textContent())?.trim() ?? '';
      expect(decodeURIComponent(href)).toContain(title);
    } finally {
      await context.close();
    }
  });
});
