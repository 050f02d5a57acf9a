import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { Modules } from '@medusajs/framework/utils';
import { testDbName } from '../factories/db-name';
import { provisionVillage, SYNC_SECRET } from '../factories/villages';
import { villageWorld, type VillageWorld } from '../factories/world';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import { bellFor, bellOnceRung } from '../factories/bell';
import { adminLogin, regencyLogin, sellerLogin, statusOf, type AdminLogin } from '../factories/admin';

medusaIntegrationTestRunner({
  dbName: testDbName('seller'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let regency: AdminLogin;
    let sellerA: AdminLogin;
    let a: VillageWorld;
    let b: VillageWorld;

    beforeAll(async () => {
      a = await villageWorld(api, getContainer(), 'anjun');
      b = await villageWorld(api, getContainer(), 'wanayasa');
      regency = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      sellerA = await sellerLogin(api, getContainer(), regency, 'anjun');
    });

    describe("seller A on village B's resources is refused", () => {
      const cases: [string, () => [string, string, unknown?]][] = [
        ["read B's product", () => ['get', `/admin/products/${b.productId}`]],
        ["update B's product", () => ['post', `/admin/products/${b.productId}`, { title: 'Diambil alih' }]],
        ["delete B's product", () => ['delete', `/admin/products/${b.productId}`]],
        [
          "add a variant to B's product",
          () => ['post', `/admin/products/${b.productId}/variants`, { title: 'X', prices: [] }],
        ],
        [
          "delete B's variant through an own product URL",
          () => ['delete', `/admin/products/${a.productId}/variants/${b.variantId}`],
        ],
        ["read B's inventory item", () => ['get', `/admin/inventory-items/${b.inventoryItemId}`]],
        [
          "update B's inventory item",
          () => ['post', `/admin/inventory-items/${b.inventoryItemId}`, { sku: 'X' }],
        ],
        [
          "set stock of B's item",
          () => [
            'post',
            `/admin/inventory-items/${b.inventoryItemId}/location-levels/${b.village.stock_location_id}`,
            { stocked_quantity: 0 },
          ],
        ],
        [
          "stock an own item at B's location",
          () => [
            'post',
            `/admin/inventory-items/${a.inventoryItemId}/location-levels`,
            { location_id: b.village.stock_location_id, stocked_quantity: 5 },
          ],
        ],
        ["read B's order", () => ['get', `/admin/orders/${b.orderId}`]],
        ["cancel B's order", () => ['post', `/admin/orders/${b.orderId}/cancel`]],
        ["fulfil B's order", () => ['post', `/admin/orders/${b.orderId}/fulfillments`, { items: [] }]],
        ["mark B's payment paid", () => ['post', `/admin/payments/${b.paymentId}/capture`, {}]],
        ["read B's customer", () => ['get', `/admin/customers/${b.customerId}`]],
        ["read B's stock location", () => ['get', `/admin/stock-locations/${b.village.stock_location_id}`]],
        ["read B's sales channel", () => ['get', `/admin/sales-channels/${b.village.sales_channel_id}`]],
        ['list customers', () => ['get', '/admin/customers']],
        ['change store settings', () => ['post', '/admin/stores/any', { name: 'X' }]],
        ['create a region', () => ['post', '/admin/regions', { name: 'X', currency_code: 'idr' }]],
        ['create a sales channel', () => ['post', '/admin/sales-channels', { name: 'X' }]],
        ['create an API key', () => ['post', '/admin/api-keys', { title: 'X', type: 'secret' }]],
        ['list users', () => ['get', '/admin/users']],
        ['invite a user', () => ['post', '/admin/invites', { email: 'x@example.com' }]],
        [
          'link itself to village B',
          () => ['post', '/admin/webdesaku/sellers', { user_id: sellerA.userId, village_slug: 'wanayasa' }],
        ],
        ['provision a village', () => ['post', '/admin/webdesaku/villages', { slug: 'baru', name: 'Baru' }]],
        ['use a case-changed URL', () => ['get', `/ADMIN/Products/${b.productId}/`]],
      ];
      it.each(cases)('%s → 403', async (_name, request) => {
        const [method, url, body] = request();
        const call =
          method === 'get' || method === 'delete'
            ? (api as any)[method](url, sellerA.headers)
            : (api as any)[method](url, body, sellerA.headers);
        expect(await statusOf(call)).toBe(403);
      });

      it('gets a message saying why', async () => {
        const res = await api.get(`/admin/products/${b.productId}`, sellerA.headers).catch((e) => e.response);
        expect(res.data.message).toContain('bukan milik Desa Anjun');
      });
    });

    describe("seller A's lists show only village A", () => {
      it.each([
        ['products', '/admin/products', 'products', () => a.productId],
        [
          "products asking for B's channel",
          () => `/admin/products?sales_channel_id=${b.village.sales_channel_id}`,
          'products',
          () => a.productId,
        ],
        [
          'products with a dotted filter',
          () => `/admin/products?sales_channel_id.$in=${b.village.sales_channel_id}`,
          'products',
          () => a.productId,
        ],
        ['orders', '/admin/orders', 'orders', () => a.orderId],
        [
          "orders asking for B's channel",
          () => `/admin/orders?sales_channel_id=${b.village.sales_channel_id}`,
          'orders',
          () => a.orderId,
        ],
        ['inventory items', '/admin/inventory-items', 'inventory_items', () => a.inventoryItemId],
        ['stock locations', '/admin/stock-locations', 'stock_locations', () => a.village.stock_location_id],
        ['sales channels', '/admin/sales-channels', 'sales_channels', () => a.village.sales_channel_id],
      ] as const)('%s', async (_name, url, key, ownId) => {
        const res = await api
          .get(typeof url === 'function' ? url() : url, sellerA.headers)
          .catch((e) => e.response);
        if (res.status === 400) return; // a filter shape the validator refuses leaks nothing either
        expect(res.status).toBe(200);
        expect(res.data[key].map((x: { id: string }) => x.id)).toEqual([ownId()]);
      });

      it('reservations', async () => {
        const { data } = await api.get('/admin/reservations', sellerA.headers);
        expect(
          data.reservations.every(
            (r: { location_id: string }) => r.location_id === a.village.stock_location_id,
          ),
        ).toBe(true);
        expect(data.reservations.length).toBeGreaterThan(0);
      });

      it("an order rings the bell of its village's sellers only, once", async () => {
        const sellerB = await sellerLogin(api, getContainer(), regency, 'wanayasa');
        const cartId = await guestCartWith(api, a.village, a.variantId, 1);
        const { data } = await payAndComplete(api, a.village, cartId, 'pp_cod_webdesaku');
        const orderId = data.order.id;
        const feed = (who: AdminLogin) => bellFor(api, who, orderId);
        const own = await bellOnceRung(api, sellerA, orderId);
        expect(own).toHaveLength(1);
        expect(own[0].data.title).toBe(`Pesanan baru #${data.order.display_id}`);
        expect(own[0].data.description).toMatch(/^Rp \d{1,3}(\.\d{3})* · Desa Anjun$/);
        expect(await feed(sellerB)).toEqual([]);
        // The same event again (a retry, a second instance) sends nothing new.
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({ name: 'order.placed', data: { id: orderId } });
        await new Promise((r) => setTimeout(r, 1000));
        expect(await feed(sellerA)).toHaveLength(1);
        // The regency admin's bell is unfiltered: it sees the seller's notification too.
        expect((await feed(regency)).length).toBeGreaterThanOrEqual(1);
      });

      it('a new village with nothing yet lists nothing, not everything', async () => {
        // An empty "own products" set must not turn into no filter at all.
        await provisionVillage(api, 'cilegong');
        const sellerC = await sellerLogin(api, getContainer(), regency, 'cilegong');
        for (const [path, key] of [
          ['/admin/products', 'products'],
          ['/admin/orders', 'orders'],
          ['/admin/inventory-items', 'inventory_items'],
          ['/admin/reservations', 'reservations'],
        ] as const) {
          const { data } = await api.get(path, sellerC.headers);
          expect([path, data[key].length]).toEqual([path, 0]);
        }
        // Positive control: A sees its own in the same lists.
        const { data } = await api.get('/admin/products', sellerA.headers);
        expect(data.products.length).toBeGreaterThan(0);
      });

      it("categories cannot expand other villages' products", async () => {
        await getContainer()
          .resolve(Modules.PRODUCT)
          .createProductCategories({ name: 'Kerajinan', is_active: true });
        const refused = await api
          .get('/admin/product-categories?fields=*products', sellerA.headers)
          .catch((e) => e.response);
        expect(refused.status).toBe(403);
        // Positive control: the category list itself is the seller's to read.
        const { data } = await api.get('/admin/product-categories?fields=id,name', sellerA.headers);
        expect(data.product_categories.map((c: { name: string }) => c.name)).toEqual(['Kerajinan']);
      });
    });

    describe("ids in a product write's body (A's product in the URL, B's ids in the body)", () => {
      // Each shape once with B's ids (refused, B unchanged) and once with A's own (the positive control).
      const shapes: [string, string, (w: VillageWorld) => unknown][] = [
        [
          'variants batch: reprice',
          'variants/batch',
          (w) => ({ update: [{ id: w.variantId, prices: [{ currency_code: 'idr', amount: 77000 }] }] }),
        ],
        [
          'variants batch: rename',
          'variants/batch',
          (w) => ({ update: [{ id: w.variantId, title: 'Ganti' }] }),
        ],
        [
          'variants/inventory-items batch: update a link',
          'variants/inventory-items/batch',
          (w) => ({
            update: [{ variant_id: w.variantId, inventory_item_id: w.inventoryItemId, required_quantity: 1 }],
          }),
        ],
      ];

      async function variantOf(world: VillageWorld) {
        const { data } = await getContainer()
          .resolve('query')
          .graph({
            entity: 'product_variant',
            fields: ['id', 'title', 'prices.amount'],
            filters: { id: world.variantId },
          });
        return data[0];
      }

      it.each(shapes)("%s naming B's ids → 403, and B is unchanged", async (_name, path, body) => {
        const before = await variantOf(b);
        const status = await statusOf(
          api.post(`/admin/products/${a.productId}/${path}`, body(b), sellerA.headers),
        );
        expect(status).toBe(403);
        expect(await variantOf(b)).toEqual(before);
      });

      it("variants batch: delete B's variant → 403, and it still exists", async () => {
        const status = await statusOf(
          api.post(
            `/admin/products/${a.productId}/variants/batch`,
            { delete: [b.variantId] },
            sellerA.headers,
          ),
        );
        expect(status).toBe(403);
        expect(await variantOf(b)).toBeDefined();
      });

      it("variants/inventory-items batch: attach B's variant to A's item → 403", async () => {
        const body = {
          create: [{ variant_id: b.variantId, inventory_item_id: a.inventoryItemId, required_quantity: 1 }],
        };
        const status = await statusOf(
          api.post(`/admin/products/${a.productId}/variants/inventory-items/batch`, body, sellerA.headers),
        );
        expect(status).toBe(403);
      });

      it('an id of a kind nobody allowed (a user id) → 403', async () => {
        const body = { metadata: { owner: sellerA.userId } };
        expect(await statusOf(api.post(`/admin/products/${a.productId}`, body, sellerA.headers))).toBe(403);
      });

      it.each(shapes)("%s naming A's own ids → 200 (positive control)", async (_name, path, body) => {
        const res = await api
          .post(`/admin/products/${a.productId}/${path}`, body(a), sellerA.headers)
          .catch((e) => e.response);
        expect(res.data?.message).toBeUndefined();
        expect(res.status).toBe(200);
      });

      it("a batch rename of A's own variant takes effect", async () => {
        const url = `/admin/products/${a.productId}/variants/batch`;
        await api.post(url, { update: [{ id: a.variantId, title: 'Ganti Nama' }] }, sellerA.headers);
        expect((await variantOf(a)).title).toBe('Ganti Nama');
      });
    });

    describe('seller A on its own village succeeds', () => {
      it("creates a product that lands in its own channel even when asking for B's", async () => {
        const res = await api.post(
          '/admin/products',
          {
            title: 'Kendi Baru',
            sales_channels: [{ id: b.village.sales_channel_id }],
            options: [{ title: 'Ukuran', values: ['Standar'] }],
            variants: [
              {
                title: 'Standar',
                options: { Ukuran: 'Standar' },
                prices: [{ currency_code: 'idr', amount: 30000 }],
              },
            ],
          },
          sellerA.headers,
        );
        expect(res.status).toBe(200);
        const { data } = await api.get(
          `/admin/products/${res.data.product.id}?fields=sales_channels.id`,
          sellerA.headers,
        );
        expect(data.product.sales_channels.map((c: { id: string }) => c.id)).toEqual([
          a.village.sales_channel_id,
        ]);
      });

      it("cannot attach B's inventory item to a new product", async () => {
        const status = await statusOf(
          api.post(
            '/admin/products',
            {
              title: 'Paket',
              options: [{ title: 'Ukuran', values: ['Standar'] }],
              variants: [
                {
                  title: 'Standar',
                  options: { Ukuran: 'Standar' },
                  prices: [{ currency_code: 'idr', amount: 1000 }],
                  inventory_items: [{ inventory_item_id: b.inventoryItemId, required_quantity: 1 }],
                },
              ],
            },
            sellerA.headers,
          ),
        );
        expect(status).toBe(403);
      });

      it('updates its product, sets stock at its location, and reads its order', async () => {
        expect(
          await statusOf(api.post(`/admin/products/${a.productId}`, { title: 'Guci Baru' }, sellerA.headers)),
        ).toBe(200);
        expect(
          await statusOf(
            api.post(
              `/admin/inventory-items/${a.inventoryItemId}/location-levels/${a.village.stock_location_id}`,
              { stocked_quantity: 42 },
              sellerA.headers,
            ),
          ),
        ).toBe(200);
        expect(await statusOf(api.get(`/admin/orders/${a.orderId}`, sellerA.headers))).toBe(200);
        expect(await statusOf(api.get(`/admin/customers/${a.customerId}`, sellerA.headers))).toBe(200);
      });

      it('marks its order paid and fulfils it from its own location', async () => {
        expect(await statusOf(api.post(`/admin/payments/${a.paymentId}/capture`, {}, sellerA.headers))).toBe(
          200,
        );
        const { data } = await api.get(`/admin/orders/${a.orderId}`, sellerA.headers);
        const items = data.order.items.map((i: { id: string; quantity: number }) => ({
          id: i.id,
          quantity: Number(i.quantity),
        }));
        const res = await api
          .post(`/admin/orders/${a.orderId}/fulfillments`, { items }, sellerA.headers)
          .catch((e) => e.response);
        expect(res.data.message).toBeUndefined();
        expect(res.status).toBe(200);
        const { data: orders } = await getContainer()
          .resolve('query')
          .graph({
            entity: 'order',
            fields: ['fulfillments.location_id'],
            filters: { id: a.orderId },
          });
        expect(orders[0].fulfillments.map((f: { location_id: string }) => f.location_id)).toEqual([
          a.village.stock_location_id,
        ]);
      });

      it('sees its store defaults as its own channel and location', async () => {
        const { data } = await api.get('/admin/stores', sellerA.headers);
        expect(data.stores[0].default_sales_channel_id).toBe(a.village.sales_channel_id);
        expect(data.stores[0].default_location_id).toBe(a.village.stock_location_id);
      });
    });

    describe('regency admin is an explicit grant: a user with neither a grant nor a village reaches nothing', () => {
      // The runner restores the database before each test: each test makes its own user.
      const invited = () => adminLogin(api, getContainer(), 'baru@webdesaku.id');

      it.each([
        ['list products', 'get', '/admin/products'],
        ['list orders', 'get', '/admin/orders'],
        ['list users', 'get', '/admin/users'],
        ['invite a user', 'post', '/admin/invites'],
        ['create an API key', 'post', '/admin/api-keys'],
        ['grant itself regency admin', 'post', '/admin/webdesaku/regency-admins'],
        ['provision a village', 'post', '/admin/webdesaku/villages'],
      ] as const)('an invited user nobody linked: %s → 403', async (_name, method, url) => {
        const newcomer = await invited();
        const body = {
          email: 'x@example.com',
          title: 'X',
          type: 'secret',
          user_id: newcomer.userId,
          slug: 'x',
          name: 'X',
        };
        const call =
          method === 'get' ? api.get(url, newcomer.headers) : api.post(url, body, newcomer.headers);
        expect(await statusOf(call)).toBe(403);
      });

      it('an invited user may still ask who it is (the dashboard can log in and show why)', async () => {
        const newcomer = await invited();
        const me = await api.get('/admin/users/me', newcomer.headers).catch((e) => e.response);
        expect(me.data.message).toBeUndefined();
        expect(me.data.user.id).toBe(newcomer.userId);
        const refused = await api.get('/admin/products', newcomer.headers).catch((e) => e.response);
        expect(refused.data.message).toContain('belum diberi akses');
      });

      it('a seller cannot grant itself regency admin', async () => {
        const call = api.post(
          '/admin/webdesaku/regency-admins',
          { user_id: sellerA.userId },
          sellerA.headers,
        );
        expect(await statusOf(call)).toBe(403);
      });

      it('granted by a regency admin it sees every village; revoked it reaches nothing again', async () => {
        const newcomer = await invited();
        const granted = await api
          .post('/admin/webdesaku/regency-admins', { user_id: newcomer.userId }, regency.headers)
          .catch((e) => e.response);
        expect(granted.data.message).toBeUndefined();
        const { data } = await api.get('/admin/products', newcomer.headers);
        expect(data.products.map((p: { id: string }) => p.id)).toEqual(
          expect.arrayContaining([a.productId, b.productId]),
        );
        const { data: list } = await api.get('/admin/webdesaku/regency-admins', regency.headers);
        expect(list.regency_admins).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ user_id: newcomer.userId, granted_by: regency.userId }),
          ]),
        );
        await api.delete(`/admin/webdesaku/regency-admins/${newcomer.userId}`, regency.headers);
        expect(await statusOf(api.get('/admin/products', newcomer.headers))).toBe(403);
      });

      it('the last regency admin cannot be revoked', async () => {
        const call = api.delete(`/admin/webdesaku/regency-admins/${regency.userId}`, regency.headers);
        expect(await statusOf(call)).toBe(400);
        expect(await statusOf(api.get('/admin/products', regency.headers))).toBe(200);
      });

      it('a seller unlinked from its village reaches nothing (not a full admin)', async () => {
        const former = await adminLogin(api, getContainer(), 'penjual.lama@webdesaku.id');
        const link = (village_slug: string | null) =>
          api.post('/admin/webdesaku/sellers', { user_id: former.userId, village_slug }, regency.headers);
        await link('anjun');
        expect(await statusOf(api.get('/admin/products', former.headers))).toBe(200);
        await link(null);
        expect(await statusOf(api.get('/admin/products', former.headers))).toBe(403);
      });
    });

    describe('the regency admin', () => {
      it("sees every village's products and may provision", async () => {
        const { data } = await api.get('/admin/products', regency.headers);
        expect(data.products.map((p: { id: string }) => p.id).sort()).toEqual(
          [a.productId, b.productId].sort(),
        );
        const res = await api.post(
          '/admin/webdesaku/villages',
          { slug: 'cilegong', name: 'Cilegong' },
          regency.headers,
        );
        expect(res.data.village.status).toBe('active');
      });
    });
  },
});
