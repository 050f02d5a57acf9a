import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { Modules } from '@medusajs/framework/utils';
import { reconcileVillages } from 'medusa-plugin-webdesaku/lib/provision';
import { testDbName } from '../factories/db-name';
import { shopResourceCounts } from '../factories/counts';
import { createVillageProduct } from '../factories/products';
import { provisionVillage, storeHeaders, SYNC_SECRET, syncHeaders } from '../factories/villages';

medusaIntegrationTestRunner({
  dbName: testDbName('provisioning'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    describe('village provisioning', () => {
      it('gives a village its own shop, and a second call changes nothing', async () => {
        // Given an empty store
        const before = await shopResourceCounts(getContainer());
        // When Strapi provisions the same village twice
        const first = await provisionVillage(api, 'anjun', { whatsapp: '+6281200000001' });
        const second = await provisionVillage(api, 'anjun', { whatsapp: '+6281200000001' });
        // Then the second answer is the same shop
        expect(second).toEqual(first);
        expect(first.status).toBe('active');
        expect(first.publishable_key).toMatch(/^pk_/);
        // And exactly one channel, location, key, fulfillment set and two delivery options were made
        expect(await shopResourceCounts(getContainer())).toEqual({
          channels: before.channels + 1,
          locations: before.locations + 1,
          keys: before.keys + 1,
          fulfillmentSets: before.fulfillmentSets + 1,
          shippingOptions: before.shippingOptions + 2,
        });
      });

      it("links the village's stock location only to its own channel", async () => {
        const a = await provisionVillage(api, 'anjun');
        await provisionVillage(api, 'wanayasa');
        const query = getContainer().resolve('query');
        const { data } = await query.graph({
          entity: 'stock_location',
          fields: ['id', 'sales_channels.id'],
          filters: { id: a.stock_location_id },
        });
        expect(data[0].sales_channels.map((c: { id: string }) => c.id)).toEqual([a.sales_channel_id]);
      });

      it('sets up region Indonesia in rupiah with our three payment options', async () => {
        await provisionVillage(api, 'anjun');
        const [region] = await getContainer().resolve(Modules.REGION).listRegions({ name: 'Indonesia' });
        expect(region.currency_code).toBe('idr');
        const { data } = await getContainer()
          .resolve('query')
          .graph({
            entity: 'region',
            fields: ['payment_providers.id'],
            filters: { id: region.id },
          });
        expect(data[0].payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([
          'pp_cod_webdesaku',
          'pp_qris_webdesaku',
          'pp_transfer-bank_webdesaku',
        ]);
      });

      it('updates the courier rate of an existing village', async () => {
        await provisionVillage(api, 'anjun', { courier_rate: 10000 });
        const updated = await provisionVillage(api, 'anjun', { courier_rate: 12500 });
        const { data } = await getContainer()
          .resolve('query')
          .graph({
            entity: 'shipping_option',
            fields: ['name', 'prices.amount'],
            filters: { name: 'Kurir desa' },
          });
        expect(data.map((o: { prices: { amount: number }[] }) => o.prices.map((p) => p.amount))).toEqual([
          [12500],
        ]);
        expect(updated.sales_channel_id).toBeTruthy();
      });

      it('rolls back every step when provisioning fails half-way, and reconcile finishes it later', async () => {
        // Given a fulfillment set that blocks the village's own (names are unique)
        const fulfillment = getContainer().resolve(Modules.FULFILLMENT);
        const blocker = await fulfillment.createFulfillmentSets({
          name: 'webdesaku-gagal',
          type: 'shipping',
        });
        const before = await shopResourceCounts(getContainer());
        // When the village is provisioned
        const res = await api
          .post('/admin/webdesaku/villages', { slug: 'gagal', name: 'Gagal' }, syncHeaders)
          .catch((e: { response: unknown }) => e.response);
        // Then the request fails and the channel and location made before the failure are gone
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(await shopResourceCounts(getContainer())).toEqual(before);
        // And the village is remembered as pending, without a shop
        const { data: pending } = await api.get('/webdesaku/villages/gagal');
        expect(pending.village).toMatchObject({ status: 'pending', sales_channel_id: null });
        // When the blocker is gone and the reconcile runs
        await fulfillment.deleteFulfillmentSets([blocker.id]);
        const result = await reconcileVillages(getContainer());
        // Then the village has its shop
        expect(result).toEqual({ done: ['gagal'], failed: [] });
        const { data } = await api.get('/webdesaku/villages/gagal');
        expect(data.village.status).toBe('active');
      });
    });

    describe('village routes', () => {
      it('refuses a wrong sync secret with 401 and a bad body with 400', async () => {
        const wrong = await api
          .post(
            '/admin/webdesaku/villages',
            { slug: 'anjun', name: 'Anjun' },
            { headers: { authorization: 'Bearer salah' } },
          )
          .catch((e: { response: unknown }) => e.response);
        expect(wrong.status).toBe(401);
        const bad = await api
          .post('/admin/webdesaku/villages', { slug: 'Bukan Slug', name: 'X' }, syncHeaders)
          .catch((e: { response: unknown }) => e.response);
        expect(bad.status).toBe(400);
        expect(bad.data.message).toContain('slug');
      });

      it('lists villages publicly and answers 404 for an unknown slug', async () => {
        const anjun = await provisionVillage(api, 'anjun', { whatsapp: '+6281200000001' });
        const { data } = await api.get('/webdesaku/villages');
        expect(data.villages).toEqual([
          {
            slug: 'anjun',
            name: 'Anjun',
            sales_channel_id: anjun.sales_channel_id,
            publishable_key: anjun.publishable_key,
            whatsapp: '+6281200000001',
            status: 'active',
            // How shoppers pay: nothing yet for a new village (its sellers enter it).
            bank_accounts: [],
            qris_image_url: null,
          },
        ]);
        const missing = await api
          .get('/webdesaku/villages/tidak-ada')
          .catch((e: { response: unknown }) => e.response);
        expect(missing.status).toBe(404);
      });

      it("answers the village of the request's publishable key", async () => {
        await provisionVillage(api, 'anjun');
        const wanayasa = await provisionVillage(api, 'wanayasa');
        const { data } = await api.get('/store/webdesaku/village', storeHeaders(wanayasa));
        expect(data.village.slug).toBe('wanayasa');
      });

      it("lists a village's newest products in one call, as the store API prices and stocks them", async () => {
        // Given two products in Anjun (the newer one sold out) and one in Wanayasa
        const anjun = await provisionVillage(api, 'anjun');
        const wanayasa = await provisionVillage(api, 'wanayasa');
        const older = await createVillageProduct(getContainer(), anjun, { price: 15000, stock: 7 });
        const newer = await createVillageProduct(getContainer(), anjun, { price: 22500, stock: 0 });
        await createVillageProduct(getContainer(), wanayasa, { price: 9000, stock: 3 });
        // (and a newest one that is still a draft: never shown)
        const draft = await createVillageProduct(getContainer(), anjun, { price: 5000, stock: 4 });
        await getContainer().resolve(Modules.PRODUCT).updateProducts(draft.product.id, { status: 'draft' });
        // When the storefront asks our route, and the store API the way it used to
        const { data: ours } = await api.get('/webdesaku/villages/anjun/products?limit=8');
        const { data: regions } = await api.get('/store/regions', storeHeaders(anjun));
        const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === 'idr');
        const fields =
          'id,handle,title,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder';
        const { data: store } = await api.get('/store/products', {
          ...storeHeaders(anjun),
          params: { region_id: region.id, fields, limit: 8, order: '-created_at' },
        });
        // Then both answer the same village products, newest first, with the same prices and stock
        type P = {
          id: string;
          handle: string;
          title: string;
          variants: {
            id: string;
            inventory_quantity: number;
            calculated_price: { calculated_amount: number; currency_code: string };
          }[];
        };
        const seen = (p: P) => ({
          id: p.id,
          handle: p.handle,
          title: p.title,
          variants: p.variants.map((v) => ({
            id: v.id,
            stock: v.inventory_quantity,
            price: v.calculated_price.calculated_amount,
            currency: v.calculated_price.currency_code,
          })),
        });
        expect(ours.village).toMatchObject({ slug: 'anjun', publishable_key: anjun.publishable_key });
        expect(ours.products.map(seen)).toEqual(store.products.map(seen));
        expect(ours.count).toBe(store.count);
        expect(ours.count).toBe(2);
        expect(ours.products.map(seen)).toEqual([
          expect.objectContaining({
            id: newer.product.id,
            variants: [expect.objectContaining({ stock: 0, price: 22500, currency: 'idr' })],
          }),
          expect.objectContaining({
            id: older.product.id,
            variants: [expect.objectContaining({ stock: 7, price: 15000, currency: 'idr' })],
          }),
        ]);
        // And it pages like the store API
        const { data: second } = await api.get('/webdesaku/villages/anjun/products?limit=1&offset=1');
        expect(second.products.map((p: P) => p.id)).toEqual([older.product.id]);
        expect(second.count).toBe(2);
      });

      it('answers a clear 4xx for a bad page or an unknown village', async () => {
        await provisionVillage(api, 'anjun');
        const answer = (url: string) => api.get(url).catch((e: { response: unknown }) => e.response);
        for (const query of ['limit=0', 'limit=51', 'limit=abc', 'offset=-1', 'limit=1&limit=2']) {
          const bad = await answer(`/webdesaku/villages/anjun/products?${query}`);
          expect(bad.status, query).toBe(400);
          expect(bad.data.message, query).toMatch(/limit|offset/);
        }
        expect((await answer('/webdesaku/villages/tidak-ada/products')).status).toBe(404);
        expect((await answer('/webdesaku/villages/Bukan%20Slug/products')).status).toBe(400);
      });
    });
  },
});
