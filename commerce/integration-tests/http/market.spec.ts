import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import {
  ContainerRegistrationKeys,
  Modules,
  PriceListStatus,
  PriceListType,
  ProductStatus,
} from '@medusajs/framework/utils';
import {
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
} from '@medusajs/medusa/core-flows';
import { VILLAGE_MODULE } from 'medusa-plugin-webdesaku/modules/village';
import { refreshMarket } from 'medusa-plugin-webdesaku/lib/market/refresh-market';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { provisionVillage, storeHeaders, SYNC_SECRET, type ProvisionedVillage } from '../factories/villages';

type Card = {
  id: string;
  title: string;
  village: { slug: string; name: string };
  variants: { calculated_price: { calculated_amount: number }; inventory_quantity: number | null }[];
};

const FIELDS =
  'id,title,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder';

/** Polls until `check` holds (the read model follows events a moment later). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

medusaIntegrationTestRunner({
  dbName: testDbName('market'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let anjun: ProvisionedVillage;
    let wanayasa: ProvisionedVillage;
    const ids: Record<string, string> = {};

    const market = async (query: Record<string, string | number> = {}) =>
      (await api.get('/webdesaku/products', { params: query })).data as { products: Card[]; count: number };
    const titles = (cards: Card[]) => cards.map((c) => c.title);
    const status = (query: Record<string, string | number>) =>
      api
        .get('/webdesaku/products', { params: query })
        .then((r) => r.status)
        .catch((e: { response: { status: number } }) => e.response.status);

    beforeAll(async () => {
      const container = getContainer();
      anjun = await provisionVillage(api, 'anjun');
      wanayasa = await provisionVillage(api, 'wanayasa');
      const closed = await provisionVillage(api, 'sukatani');
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: 'Kerajinan', handle: 'kerajinan', is_active: true }] },
      });
      const craft = result[0].id;
      const make = async (
        name: string,
        village: ProvisionedVillage,
        extra: Parameters<typeof createVillageProduct>[2],
      ) => {
        ids[name] = (await createVillageProduct(container, village, { title: name, ...extra })).product.id;
      };
      await make('Gerabah Kendi', anjun, {
        price: 45000,
        description: 'Kendi dari tanah liat pilihan',
        categoryIds: [craft],
      });
      await make('Kopi Arabika', wanayasa, { price: 60000, description: 'Biji kopi dari lereng gunung' });
      await make('Keripik Singkong', wanayasa, { price: 15000, stock: 0 });
      await make('Anyaman Bambu', anjun, { price: 30000, categoryIds: [craft] });
      await make('Gerabah Draf', anjun, { price: 20000, status: ProductStatus.DRAFT });
      await make('Gerabah Sukatani', closed, { price: 25000 });
      // The third village's shop closes: its sales channel is disabled by the regency.
      await container.resolve(Modules.SALES_CHANNEL).updateSalesChannels(closed.sales_channel_id, {
        is_disabled: true,
      });
      // The read model now, not after the product events' debounce
      await refreshMarket(container);
    });

    it('lists every published product of every open shop, in stock first, newest next', async () => {
      // When a guest opens the regency market
      const { products, count } = await market();
      // Then products of both open villages appear, the sold-out one last, no draft, no closed shop
      expect(count).toBe(4);
      expect(titles(products)).toEqual([
        'Anyaman Bambu',
        'Kopi Arabika',
        'Gerabah Kendi',
        'Keripik Singkong',
      ]);
      expect(products.map((p) => p.village.slug)).toEqual(['anjun', 'wanayasa', 'anjun', 'wanayasa']);
      expect(products[0].village.name).toBe('Anjun');
    });

    it('gives each product what the store API gives a guest of its village', async () => {
      // Given each village's own store API answer
      const { products } = await market();
      for (const village of [anjun, wanayasa]) {
        const { data: regions } = await api.get('/store/regions', storeHeaders(village));
        const { data } = await api.get('/store/products', {
          ...storeHeaders(village),
          params: { region_id: regions.regions[0].id, fields: FIELDS, limit: 50 },
        });
        // Then every product of the village has the same price and stock in the market
        for (const own of data.products as Card[]) {
          const card = products.find((p) => p.id === own.id)!;
          expect(card.village.slug).toBe(village.slug);
          expect(card.variants.map((v) => v.calculated_price.calculated_amount)).toEqual(
            own.variants.map((v) => v.calculated_price.calculated_amount),
          );
          expect(card.variants.map((v) => v.inventory_quantity)).toEqual(
            own.variants.map((v) => v.inventory_quantity),
          );
        }
      }
    });

    it.each([
      ['gerabah anjun', ['Gerabah Kendi']],
      ['ANJUN gerabah', ['Gerabah Kendi']],
      ['kopi wanayasa', ['Kopi Arabika']],
      ['tanah liat', ['Gerabah Kendi']],
      ['kerajinan', ['Anyaman Bambu', 'Gerabah Kendi']],
      ['keri', ['Keripik Singkong']],
      ['gerabah', ['Gerabah Kendi']],
      ["kopi'; drop table product; --", []],
    ])('search %j finds %j', async (q, expected) => {
      const { products } = await market({ q });
      expect(titles(products).sort()).toEqual([...expected].sort());
    });

    it('ranks a title match above a description match', async () => {
      // Given "kopi" in one title and no other text
      const { products } = await market({ q: 'gerabah kendi' });
      expect(titles(products)[0]).toBe('Gerabah Kendi');
    });

    it('filters by village, category, price and stock, and sorts by price and name', async () => {
      expect(titles((await market({ village: 'wanayasa' })).products)).toEqual([
        'Kopi Arabika',
        'Keripik Singkong',
      ]);
      expect(titles((await market({ village: 'anjun,wanayasa', in_stock: 'true' })).products)).toHaveLength(
        3,
      );
      expect(titles((await market({ category: 'kerajinan' })).products).sort()).toEqual([
        'Anyaman Bambu',
        'Gerabah Kendi',
      ]);
      expect(titles((await market({ min_price: 30000, max_price: 50000 })).products).sort()).toEqual([
        'Anyaman Bambu',
        'Gerabah Kendi',
      ]);
      expect(titles((await market({ sort: 'price_asc' })).products)).toEqual([
        'Anyaman Bambu',
        'Gerabah Kendi',
        'Kopi Arabika',
        'Keripik Singkong',
      ]);
      expect(titles((await market({ sort: 'price_desc' })).products)).toEqual([
        'Kopi Arabika',
        'Gerabah Kendi',
        'Anyaman Bambu',
        'Keripik Singkong',
      ]);
      expect(titles((await market({ sort: 'title' })).products)).toEqual([
        'Anyaman Bambu',
        'Gerabah Kendi',
        'Kopi Arabika',
        'Keripik Singkong',
      ]);
      // The closed village's slug finds nothing, not its products
      expect((await market({ village: 'sukatani' })).count).toBe(0);
    });

    it('lists the categories that hold products of open shops, with their counts', async () => {
      const { data } = await api.get('/webdesaku/categories');
      expect(data.categories).toEqual([
        expect.objectContaining({ handle: 'kerajinan', name: 'Kerajinan', count: 2 }),
      ]);
      const none = await api.get('/webdesaku/categories', { params: { village: 'wanayasa' } });
      expect(none.data.categories).toEqual([]);
    });

    it('pages with a total that stays right past the last page', async () => {
      const first = await market({ limit: 3, offset: 0 });
      const second = await market({ limit: 3, offset: 3 });
      const past = await market({ limit: 3, offset: 30 });
      expect([first.products.length, second.products.length, past.products.length]).toEqual([3, 1, 0]);
      expect([first.count, second.count, past.count]).toEqual([4, 4, 4]);
      expect(new Set([...first.products, ...second.products].map((p) => p.id)).size).toBe(4);
    });

    it('changes the featured order by day, never by request', async () => {
      const a = await market({ sort: 'daily' });
      const b = await market({ sort: 'daily' });
      expect(titles(a.products)).toEqual(titles(b.products));
      expect(titles(a.products).at(-1)).toBe('Keripik Singkong');
    });

    it.each([
      [{ limit: 0 }],
      [{ limit: 51 }],
      [{ offset: -1 }],
      [{ sort: 'acak' }],
      [{ village: '../anjun' }],
      [{ category: 'Ker ajinan' }],
      [{ min_price: 'murah' }],
      [{ in_stock: 'ya' }],
      [{ q: 'x'.repeat(101) }],
      [{ unknown: '1' }],
      [{ 'a.b.c': '1' }],
    ])('answers %j with 400', async (query) => {
      expect(await status(query as Record<string, string | number>)).toBe(400);
    });

    it('orders and filters by the price the card shows: a sale, a region price, not a bulk price', async () => {
      // Given Anjun products priced the ways a seller can price them in the dashboard
      const container = getContainer();
      const { data: regions } = await api.get('/store/regions', storeHeaders(anjun));
      const sale = await createVillageProduct(container, anjun, { title: 'Diskon Kendi', price: 45000 });
      await createPriceListsWorkflow(container).run({
        input: {
          price_lists_data: [
            {
              title: 'Promo Agustusan',
              description: 'Diskon 17-an',
              status: PriceListStatus.ACTIVE,
              type: PriceListType.SALE,
              prices: [{ variant_id: sale.variantId, amount: 20000, currency_code: 'idr' }],
            },
          ],
        },
      });
      await createVillageProduct(container, anjun, {
        title: 'Harga Wilayah',
        prices: [{ currency_code: 'idr', amount: 37000, rules: { region_id: regions.regions[0].id } }],
      });
      await createVillageProduct(container, anjun, {
        title: 'Harga Grosir',
        prices: [
          { currency_code: 'idr', amount: 38000 },
          { currency_code: 'idr', amount: 1000, min_quantity: 10 },
        ],
      });
      await refreshMarket(container);
      const shown = (card: Card) =>
        Math.min(...card.variants.map((v) => v.calculated_price.calculated_amount));
      // When the market is sorted cheapest first, then the cards' own prices rise
      const cheapest = (await market({ village: 'anjun', sort: 'price_asc' })).products;
      expect(cheapest.map(shown)).toEqual([20000, 30000, 37000, 38000, 45000]);
      // And a price range keeps what the cards show inside it
      expect(titles((await market({ village: 'anjun', max_price: 30000 })).products).sort()).toEqual([
        'Anyaman Bambu',
        'Diskon Kendi',
      ]);
      expect(
        titles((await market({ village: 'anjun', min_price: 36000, max_price: 39000 })).products).sort(),
      ).toEqual(['Harga Grosir', 'Harga Wilayah']);
    });

    it('does not search internal or inactive category names, nor a query without a word', async () => {
      const container = getContainer();
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: 'Rahasia Gudang', handle: 'rahasia', is_internal: true }] },
      });
      await createVillageProduct(container, anjun, { title: 'Kendi Stok', categoryIds: [result[0].id] });
      await refreshMarket(container);
      expect((await market({ q: 'rahasia' })).count).toBe(0);
      expect((await market({ q: 'kendi stok' })).count).toBe(1); // positive control
      for (const q of ['!!', 'a', '\\']) expect((await market({ q })).count).toBe(0);
    });

    it("names a product's producer only when the producer is of the product's own village", async () => {
      // Given a producer of Anjun on an Anjun product, and one of Wanayasa on another Anjun product
      // (as after the regency moved a product between villages)
      const container = getContainer();
      const villages = container.resolve(VILLAGE_MODULE);
      const [a, w] = await Promise.all(
        ['anjun', 'wanayasa'].map(async (slug) => (await villages.listVillages({ slug }))[0]),
      );
      const [own, foreign] = await villages.createProducers([
        { village_id: a.id, name: 'Bu Anjun', whatsapp: '6281300000001', whatsapp_public: true },
        { village_id: w.id, name: 'Pak Wanayasa', whatsapp: '6281300000002', whatsapp_public: false },
      ]);
      const link = container.resolve(ContainerRegistrationKeys.LINK);
      await link.create([
        {
          [Modules.PRODUCT]: { product_id: ids['Gerabah Kendi'] },
          [VILLAGE_MODULE]: { producer_id: own.id },
        },
        {
          [Modules.PRODUCT]: { product_id: ids['Anyaman Bambu'] },
          [VILLAGE_MODULE]: { producer_id: foreign.id },
        },
      ]);
      // Then the market names Anjun's producer with her public number, and not the other
      const cards = (await market({ village: 'anjun' })).products as (Card & { producer: unknown })[];
      expect(cards.find((c) => c.title === 'Gerabah Kendi')?.producer).toMatchObject({
        name: 'Bu Anjun',
        whatsapp: '6281300000001',
      });
      expect(cards.find((c) => c.title === 'Anyaman Bambu')?.producer).toBeNull();
      const { data } = await api.get('/webdesaku/villages/anjun/products');
      expect(JSON.stringify(data)).not.toContain('6281300000002');
    });

    it("shows a closed shop's producers and products nowhere", async () => {
      // Given a producer of Sukatani, whose shop the regency closed, and one of Anjun
      const villages = getContainer().resolve(VILLAGE_MODULE);
      const [closed] = await villages.listVillages({ slug: 'sukatani' });
      const [open] = await villages.listVillages({ slug: 'anjun' });
      await villages.createProducers([
        { village_id: closed.id, name: 'Bu Tutup', whatsapp: '6281300000009', whatsapp_public: true },
        { village_id: open.id, name: 'Bu Buka' },
      ]);
      // Then Anjun lists its producer (positive control) and Sukatani lists nothing
      expect((await api.get('/webdesaku/villages/anjun/producers')).data.producers).toHaveLength(1);
      expect((await api.get('/webdesaku/villages/sukatani/producers')).data.producers).toEqual([]);
      expect((await api.get('/webdesaku/villages/sukatani/products')).data).toMatchObject({
        count: 0,
        products: [],
      });
    });

    it('keeps its read model current: a sold-out product moves last, a draft leaves, by the events alone', async () => {
      // Given Kopi Arabika in stock, listed before the sold-out Keripik
      const container = getContainer();
      expect(titles((await market({ village: 'wanayasa' })).products)).toEqual([
        'Kopi Arabika',
        'Keripik Singkong',
      ]);
      // When its stock runs out (the stock level changes; no one calls the market)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: 'product_variant',
        fields: ['inventory_items.inventory_item_id'],
        filters: { product_id: ids['Kopi Arabika'] },
      });
      const itemId = (data[0] as unknown as { inventory_items: { inventory_item_id: string }[] })
        .inventory_items[0].inventory_item_id;
      await updateInventoryLevelsWorkflow(container).run({
        input: {
          updates: [
            { inventory_item_id: itemId, location_id: wanayasa.stock_location_id, stocked_quantity: 0 },
          ],
        },
      });
      // Then the market soon lists it among the sold out
      await eventually(async () => {
        const cards = (await market({ village: 'wanayasa', in_stock: 'true' })).products;
        return cards.length === 0;
      });
      // When the seller sets it back to draft, then it leaves the market
      await updateProductsWorkflow(container).run({
        input: { selector: { id: ids['Kopi Arabika'] }, update: { status: ProductStatus.DRAFT } },
      });
      await eventually(
        async () => !titles((await market({ village: 'wanayasa' })).products).includes('Kopi Arabika'),
      );
    });

    it('keeps its word index free of a pending list, so a search reads the index, not every entry', async () => {
      // Given the migrated database
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION);
      // Then the market's GIN index takes new entries into its tree at once (fastupdate off)
      const { rows } = await db.raw(
        `select reloptions from pg_class where relname = 'IDX_market_entry_document'`,
      );
      expect(rows).toEqual([{ reloptions: ['fastupdate=off'] }]);
    });

    it('answers a plain request with 200 (positive control of the 400s)', async () => {
      expect(await status({ q: 'kopi', limit: 50, village: 'anjun' })).toBe(200);
    });
  },
});
