import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import type { MedusaContainer } from '@medusajs/framework/types';
import { entityRelations } from 'medusa-plugin-webdesaku/lib/relation-names';
import { testDbName } from '../factories/db-name';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import { SYNC_SECRET } from '../factories/villages';
import { villageWorld, type VillageWorld } from '../factories/world';
import { regencyLogin, sellerLogin, type AdminLogin } from '../factories/admin';

/**
 * The relation walker: for every GET route a seller may call, every relation path (to depth 3)
 * the module joiner knows for the route's entity is requested through `fields=`, and no answer
 * may carry anything of another village. Children are walked under every relation the seller
 * was given; under a refused one, a sample of children checks the refusal holds deeper too.
 */

type Row = Record<string, any>;
type World = VillageWorld;

const MAX_DEPTH = 3;
const REFUSED_SAMPLE = 3;

/** Every id of village B's records a seller of A must never see, and B's name. */
async function secretsOf(container: MedusaContainer, b: World, extraOrderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const graph = async (entity: string, fields: string[], filters: Row) =>
    (await query.graph({ entity, fields, filters })).data as Row[];
  const ids = new Set<string>([
    b.village.sales_channel_id,
    b.village.stock_location_id,
    b.inventoryItemId,
    b.shippingOptionId,
    b.customerId,
  ]);
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    else if (typeof value === 'string' && /^[a-z]+_[0-9A-Z]{26}$/.test(value)) ids.add(value);
  };
  collect(
    await graph('product', ['id', 'variants.id', 'variants.prices.id', 'options.id', 'options.values.id'], {
      id: b.productId,
    }),
  );
  collect(
    await graph(
      'order',
      [
        'id',
        'items.id',
        'shipping_address.id',
        'billing_address.id',
        'shipping_methods.id',
        'payment_collections.id',
        'payment_collections.payments.id',
      ],
      { id: [b.orderId, extraOrderId] },
    ),
  );
  collect(await graph('inventory_level', ['id'], { location_id: b.village.stock_location_id }));
  collect(await graph('reservation', ['id'], { location_id: b.village.stock_location_id }));
  collect(await graph('cart', ['id'], { sales_channel_id: b.village.sales_channel_id }));
  collect(
    await graph('shipping_option', ['id', 'service_zone.id', 'service_zone.fulfillment_set.id'], {
      id: b.shippingOptionId,
    }),
  );
  // Regency-wide records (regions, profiles, categories) are not B's: only B's own rows count.
  return [...ids, b.village.name.toLowerCase()];
}

medusaIntegrationTestRunner({
  dbName: testDbName('relations'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let sellerA: AdminLogin;
    let a: World;
    let b: World;
    let secrets: string[];

    beforeAll(async () => {
      a = await villageWorld(api, getContainer(), 'anjun');
      b = await villageWorld(api, getContainer(), 'wanayasa');
      // A's guest also buys in B with the same e-mail (guest customers are shared by e-mail),
      // and someone leaves an open cart in B: both are B's, reachable from A's order and region.
      const shared = await guestCartWith(
        api,
        b.village,
        b.variantId,
        1,
        'Ambil di tempat',
        'pembeli.anjun@example.com',
      );
      const extra = await payAndComplete(api, b.village, shared, 'pp_cod_webdesaku');
      await guestCartWith(api, b.village, b.variantId, 1);
      secrets = await secretsOf(getContainer(), b, extra.data.order.id);
      const regency = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      sellerA = await sellerLogin(api, getContainer(), regency, 'anjun');
    });

    // Each GET route a seller may call, with A's own ids, and the entity its answer holds.
    const roots: [string, () => string, string][] = [
      ['product list', () => '/admin/products', 'Product'],
      ['product', () => `/admin/products/${a.productId}`, 'Product'],
      ['variants', () => `/admin/products/${a.productId}/variants`, 'ProductVariant'],
      ['variant', () => `/admin/products/${a.productId}/variants/${a.variantId}`, 'ProductVariant'],
      ['product options', () => `/admin/products/${a.productId}/options`, 'ProductOption'],
      ['order list', () => '/admin/orders', 'Order'],
      ['order', () => `/admin/orders/${a.orderId}`, 'Order'],
      ['inventory list', () => '/admin/inventory-items', 'InventoryItem'],
      ['inventory item', () => `/admin/inventory-items/${a.inventoryItemId}`, 'InventoryItem'],
      ['stock levels', () => `/admin/inventory-items/${a.inventoryItemId}/location-levels`, 'InventoryLevel'],
      ['reservations', () => '/admin/reservations', 'ReservationItem'],
      ['customer', () => `/admin/customers/${a.customerId}`, 'Customer'],
      ['payment', () => `/admin/payments/${a.paymentId}`, 'Payment'],
      ['regions', () => '/admin/regions', 'Region'],
      ['option list', () => '/admin/product-options', 'ProductOption'],
      ['own option', () => `/admin/product-options/${a.optionId}`, 'ProductOption'],
      ['categories', () => '/admin/product-categories', 'ProductCategory'],
      ['types', () => '/admin/product-types', 'ProductType'],
      ['tags', () => '/admin/product-tags', 'ProductTag'],
      ['collections', () => '/admin/collections', 'ProductCollection'],
      ['shipping profiles', () => '/admin/shipping-profiles', 'ShippingProfile'],
      ['shipping options', () => '/admin/shipping-options', 'ShippingOption'],
      ['shipping option', () => `/admin/shipping-options/${a.shippingOptionId}`, 'ShippingOption'],
      ['stock locations', () => '/admin/stock-locations', 'StockLocation'],
      ['stock location', () => `/admin/stock-locations/${a.village.stock_location_id}`, 'StockLocation'],
      ['sales channels', () => '/admin/sales-channels', 'SalesChannel'],
      ['sales channel', () => `/admin/sales-channels/${a.village.sales_channel_id}`, 'SalesChannel'],
      ['stores', () => '/admin/stores', 'Store'],
      ['me', () => '/admin/users/me', 'User'],
      ['return reasons', () => '/admin/return-reasons', 'ReturnReason'],
      ['returns of an own order', () => `/admin/returns?order_id=${a.orderId}`, 'Return'],
    ];

    const tried = { requests: 0, allowed: 0, refused: 0 };

    afterAll(() => {
      // The README's reliability table quotes these counts.
      console.info(`relation walker: ${roots.length} routes, ${JSON.stringify(tried)}`);
    });

    async function ask(url: string, fields: string) {
      tried.requests += 1;
      const join = url.includes('?') ? '&' : '?';
      return api
        .get(`${url}${join}fields=${encodeURIComponent(fields)}`, sellerA.headers)
        .catch((e) => e.response);
    }

    function leaks(body: unknown): string[] {
      const text = JSON.stringify(body).toLowerCase();
      return secrets.filter((secret) => text.includes(secret.toLowerCase()));
    }

    it.each(roots)('%s: no relation path reaches another village', async (_, url, entity) => {
      const relations = entityRelations();
      expect(relations.has(entity), `entity ${entity} in the joiner schema`).toBe(true);
      // Positive control: the route answers the seller, with its own record in it.
      const own = await ask(url(), 'id');
      expect(own.status).toBe(200);
      expect(leaks(own.data)).toEqual([]);

      const failures: string[] = [];
      const queue: [string, string, number][] = [...(relations.get(entity) ?? [])].map(([f, t]) => [f, t, 1]);
      const refusedSamples = new Map<string, number>();
      while (queue.length) {
        const [path, type, depth] = queue.shift()!;
        const res = await ask(url(), `id,${path}.*`);
        if (res.status >= 500) failures.push(`${path}: ${res.status}`);
        else if (res.status === 200) {
          tried.allowed += 1;
          const found = leaks(res.data);
          if (found.length) failures.push(`${path}: ${found.join(', ')}`);
        } else tried.refused += 1;
        if (depth === 1 && res.status !== 200) {
          // The bare name (no `.*`) must be refused as well: it is a relation, not a column.
          const bare = await ask(url(), `id,${path}`);
          if (bare.status === 200 && leaks(bare.data).length) failures.push(`${path} (bare): leak`);
        }
        if (depth >= MAX_DEPTH) continue;
        const root = path.split('.')[0];
        for (const [child, childType] of relations.get(type) ?? []) {
          if (res.status !== 200) {
            const n = refusedSamples.get(root) ?? 0;
            if (n >= REFUSED_SAMPLE) continue;
            refusedSamples.set(root, n + 1);
          }
          queue.push([`${path}.${child}`, childType, depth + 1]);
        }
      }
      expect(failures).toEqual([]);
    });

    it('the walker sees own relations come back (a gate that refuses every relation fails)', async () => {
      const order = await ask(`/admin/orders/${a.orderId}`, 'id,items.*,shipping_address.*');
      expect(order.status).toBe(200);
      expect(order.data.order.items[0].variant_id).toBe(a.variantId);
      expect(order.data.order.shipping_address.city).toBe('Purwakarta');
      const product = await ask(`/admin/products/${a.productId}`, 'id,variants.*,variants.prices.*');
      expect(product.data.product.variants[0].id).toBe(a.variantId);
      expect(tried.allowed).toBeGreaterThan(roots.length);
    });

    it('the attacks of the review are refused with a reason', async () => {
      const attacks = [
        '/admin/regions?fields=id,orders.id,orders.email,orders.shipping_address.*',
        '/admin/regions?fields=id,carts.*',
        '/admin/orders?fields=customer.orders.*',
        `/admin/orders/${a.orderId}?fields=region.orders.*`,
        `/admin/customers/${a.customerId}?fields=orders.*`,
        '/admin/product-options',
        '/admin/shipping-profiles?fields=products_link.product.*',
        `/admin/products/${a.productId}?fields=shipping_profile.products_link.product.*`,
        '/admin/shipping-options?fields=service_zone.fulfillment_set.location.*',
      ];
      for (const attack of attacks) {
        const res = await api.get(attack, sellerA.headers).catch((e) => e.response);
        expect([attack, res.status]).toEqual([attack, res.status === 200 ? 200 : 403]);
        expect(leaks(res.data), attack).toEqual([]);
      }
      const foreignOption = await api
        .get(`/admin/product-options/${b.optionId}?fields=id`, sellerA.headers)
        .catch((e) => e.response);
      expect(foreignOption.status).toBe(403);
      const refused = await api
        .get(`/admin/customers/${a.customerId}?fields=orders.*`, sellerA.headers)
        .catch((e) => e.response);
      expect(refused.status).toBe(403);
      expect(refused.data.message).toContain('Relasi orders');
    });
  },
});
