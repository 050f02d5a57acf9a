import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import type { MedusaContainer } from '@medusajs/framework/types';
import { testDbName } from '../factories/db-name';
import { SYNC_SECRET } from '../factories/villages';
import { villageWorld, type VillageWorld } from '../factories/world';
import { regencyLogin, sellerLogin, type AdminLogin } from '../factories/admin';

/**
 * The body walker: every write route a seller may call gets a valid body with the seller's own
 * ids (the positive control: it succeeds), then the same body with each id-shaped value, one at
 * a time, replaced by village B's id of the same kind: refused with a 4xx, and nothing of B
 * changed (B read back before and after, as the regency admin sees it).
 */

type Row = Record<string, any>;
type Ids = VillageWorld & {
  secondVariantId: string;
  imageId: string;
  priceId: string;
  valueId: string;
  spareItemId: string;
  levelId: string;
  lineItemId: string;
  paymentCollectionId: string;
  reservationId: string;
};
type Template = {
  name: string;
  url: (a: Ids) => string;
  body: (own: Ids) => unknown;
  /** Body keys the route overwrites with the seller's own value (so B's id there is harmless). */
  pinned?: string[];
  /** Medusa's own refusal of the seller's own body (state, not ownership): past our guard. */
  ownOutcome?: RegExp;
};

const MEDUSA_ID = /^([a-z]+)_[0-9A-HJKMNP-TV-Z]{26}$/;

/** Each id-shaped string of the body (values and keys), with a way to swap it for another. */
type Slot = { id: string; field: string; swap: (replacement: string) => unknown };

function idSlots(body: unknown): Slot[] {
  const slots: Slot[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    const field = path.join('.');
    if (typeof node === 'string' && MEDUSA_ID.test(node)) {
      slots.push({ id: node, field, swap: (r) => replaceAt(body, path, r) });
    } else if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (MEDUSA_ID.test(k))
          slots.push({ id: k, field: `${field}[key]`, swap: (r) => renameAt(body, path, k, r) });
        visit(v, [...path, k]);
      }
    }
  };
  visit(body, []);
  return slots;
}

function replaceAt(body: unknown, path: (string | number)[], value: string): unknown {
  const copy = structuredClone(body) as any;
  if (!path.length) return value;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step];
  node[path[path.length - 1]] = value;
  return copy;
}

function renameAt(body: unknown, path: (string | number)[], key: string, value: string): unknown {
  const copy = structuredClone(body) as any;
  let node = copy;
  for (const step of path) node = node[step];
  node[value] = node[key];
  delete node[key];
  return copy;
}

async function extraIds(container: MedusaContainer, w: VillageWorld, spareItemId: string): Promise<Ids> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const one = async (entity: string, fields: string[], filters: Row) =>
    ((await query.graph({ entity, fields, filters })).data as Row[])[0];
  const product = await one(
    'product',
    ['images.id', 'variants.prices.id', 'options.values.id', 'options.values.value'],
    {
      id: w.productId,
    },
  );
  const order = await one('order', ['items.id', 'payment_collections.id'], { id: w.orderId });
  const level = await one('inventory_level', ['id'], {
    inventory_item_id: w.inventoryItemId,
    location_id: w.village.stock_location_id,
  });
  const reservation = await one('reservation', ['id'], { location_id: w.village.stock_location_id });
  return {
    ...w,
    imageId: product.images[0].id,
    priceId: product.variants[0].prices[0].id,
    // A value no variant uses, so removing it is allowed.
    valueId: product.options[0].values.find((v: Row) => v.value === 'Kecil').id,
    spareItemId,
    levelId: level.id,
    lineItemId: order.items[0].id,
    paymentCollectionId: order.payment_collections[0].id,
    reservationId: reservation?.id,
  };
}

/** Everything of a village a seller could damage, as the regency admin reads it. */
async function snapshot(container: MedusaContainer, w: Ids) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const read = async (entity: string, fields: string[], filters: Row) =>
    (await query.graph({ entity, fields, filters })).data;
  return JSON.stringify({
    product: await read(
      'product',
      [
        'title',
        'status',
        'sales_channels.id',
        'images.url',
        'images.variants.id',
        'options.title',
        'options.values.value',
        'variants.title',
        'variants.prices.amount',
        'variants.inventory_items.inventory_item_id',
        'variants.inventory_items.required_quantity',
      ],
      { id: w.productId },
    ),
    levels: await read('inventory_level', ['inventory_item_id', 'stocked_quantity', 'reserved_quantity'], {
      location_id: w.village.stock_location_id,
    }),
    reservations: await read('reservation', ['id', 'quantity', 'inventory_item_id'], {
      location_id: w.village.stock_location_id,
    }),
    order: await read(
      'order',
      ['status', 'email', 'items.quantity', 'fulfillments.id', 'payment_collections.status'],
      { id: w.orderId },
    ),
    payments: await read('payment', ['captured_at', 'amount'], { id: w.paymentId }),
  });
}

let made = 0;

const templates: Template[] = [
  {
    name: 'create a product',
    url: () => '/admin/products',
    pinned: ['sales_channels'],
    body: (own) => ({
      title: `Kendi Baru ${++made}`,
      sales_channels: [{ id: own.village.sales_channel_id }],
      options: [{ title: 'Ukuran', values: ['Kecil'] }],
      variants: [
        {
          title: 'Kecil',
          options: { Ukuran: 'Kecil' },
          prices: [{ currency_code: 'idr', amount: 10000 }],
          inventory_items: [{ inventory_item_id: own.spareItemId, required_quantity: 1 }],
        },
      ],
    }),
  },
  {
    name: 'update a product',
    url: (a) => `/admin/products/${a.productId}`,
    body: (own) => ({
      title: 'Kendi Lama',
      images: [{ id: own.imageId, url: 'http://127.0.0.1:9/kendi.jpg' }],
    }),
  },
  {
    name: 'add a variant',
    url: (a) => `/admin/products/${a.productId}/variants`,
    body: (own) => ({
      title: 'Kecil',
      options: { Ukuran: 'Kecil' },
      prices: [{ currency_code: 'idr', amount: 20000 }],
      inventory_items: [{ inventory_item_id: own.spareItemId, required_quantity: 1 }],
    }),
  },
  {
    name: 'update a variant',
    url: (a) => `/admin/products/${a.productId}/variants/${a.variantId}`,
    body: (own) => ({ title: 'Sedang', prices: [{ id: own.priceId, currency_code: 'idr', amount: 16000 }] }),
  },
  {
    name: 'variants batch: update',
    url: (a) => `/admin/products/${a.productId}/variants/batch`,
    body: (own) => ({ update: [{ id: own.variantId, prices: [{ currency_code: 'idr', amount: 1 }] }] }),
  },
  {
    name: 'variants batch: delete',
    url: (a) => `/admin/products/${a.productId}/variants/batch`,
    body: (own) => ({ delete: [own.secondVariantId] }),
  },
  {
    name: 'variant inventory batch: create',
    url: (a) => `/admin/products/${a.productId}/variants/inventory-items/batch`,
    body: (own) => ({
      create: [{ variant_id: own.variantId, inventory_item_id: own.spareItemId, required_quantity: 2 }],
    }),
  },
  {
    name: 'variant inventory batch: update',
    url: (a) => `/admin/products/${a.productId}/variants/inventory-items/batch`,
    body: (own) => ({
      update: [{ variant_id: own.variantId, inventory_item_id: own.inventoryItemId, required_quantity: 3 }],
    }),
  },
  {
    name: 'variant inventory batch: delete',
    url: (a) => `/admin/products/${a.productId}/variants/inventory-items/batch`,
    body: (own) => ({ delete: [{ variant_id: own.variantId, inventory_item_id: own.inventoryItemId }] }),
  },
  {
    name: 'link an inventory item to a variant',
    url: (a) => `/admin/products/${a.productId}/variants/${a.variantId}/inventory-items`,
    body: (own) => ({ inventory_item_id: own.spareItemId, required_quantity: 1 }),
  },
  {
    name: 'options batch: update',
    url: (a) => `/admin/products/${a.productId}/options/batch`,
    body: (own) => ({
      update: [{ product_option_id: own.optionId, add: [{ value: 'Jumbo' }], remove: [own.valueId] }],
    }),
  },
  {
    name: 'image to variants',
    url: (a) => `/admin/products/${a.productId}/images/${a.imageId}/variants/batch`,
    body: (own) => ({ add: [own.variantId] }),
  },
  {
    name: 'variant to images',
    url: (a) => `/admin/products/${a.productId}/variants/${a.variantId}/images/batch`,
    body: (own) => ({ add: [own.imageId] }),
  },
  {
    name: 'stock of an item at a location',
    url: (a) => `/admin/inventory-items/${a.inventoryItemId}/location-levels/batch`,
    body: (own) => ({ update: [{ location_id: own.village.stock_location_id, stocked_quantity: 4 }] }),
  },
  {
    name: 'stock levels batch',
    url: () => '/admin/inventory-items/location-levels/batch',
    body: (own) => ({
      update: [
        {
          inventory_item_id: own.inventoryItemId,
          location_id: own.village.stock_location_id,
          stocked_quantity: 6,
        },
      ],
    }),
  },
  {
    name: 'delete a stock level',
    url: (a) => `/admin/inventory-items/${a.spareItemId}/location-levels/batch`,
    body: (own) => ({ delete: [own.levelId] }),
  },
  {
    name: 'reserve stock',
    url: () => '/admin/reservations',
    pinned: ['location_id'],
    body: (own) => ({
      inventory_item_id: own.inventoryItemId,
      location_id: own.village.stock_location_id,
      quantity: 1,
    }),
  },
  {
    name: 'fulfil an order',
    url: (a) => `/admin/orders/${a.orderId}/fulfillments`,
    pinned: ['location_id'],
    body: (own) => ({
      items: [{ id: own.lineItemId, quantity: 1 }],
      location_id: own.village.stock_location_id,
    }),
  },
  {
    name: 'mark a payment collection paid',
    url: (a) => `/admin/payment-collections/${a.paymentCollectionId}/mark-as-paid`,
    body: (own) => ({ order_id: own.orderId }),
    // A cash-on-delivery order's collection is authorised, not "not_paid".
    ownOutcome: /not_paid/,
  },
];

medusaIntegrationTestRunner({
  dbName: testDbName('bodies'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let sellerA: AdminLogin;
    let regency: AdminLogin;
    let a: Ids;
    let b: Ids;
    const tried = { templates: templates.length, swaps: 0, refused: 0, pinned: 0 };

    const asRegency = (regency: AdminLogin, url: string, body: unknown) =>
      api.post(url, body, regency.headers).catch((e) => {
        throw new Error(`${url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`);
      });

    async function withExtras(world: VillageWorld, regency: AdminLogin): Promise<Ids> {
      await asRegency(regency, `/admin/products/${world.productId}/options/batch`, {
        update: [{ product_option_id: world.optionId, add: [{ value: 'Besar' }, { value: 'Kecil' }] }],
      });
      const { data: second } = await asRegency(regency, `/admin/products/${world.productId}/variants`, {
        title: 'Besar',
        options: { Ukuran: 'Besar' },
        manage_inventory: false,
        prices: [{ currency_code: 'idr', amount: 25000 }],
      });
      const secondVariantId = second.product.variants.find((v: Row) => v.title === 'Besar').id;
      await asRegency(regency, `/admin/products/${world.productId}`, {
        images: [{ url: `http://127.0.0.1:9/${world.village.slug}.jpg` }],
      });
      const { data } = await asRegency(regency, '/admin/inventory-items', {
        sku: `CADANGAN-${world.village.slug}`,
        title: 'Cadangan',
      });
      await asRegency(regency, `/admin/inventory-items/${data.inventory_item.id}/location-levels`, {
        location_id: world.village.stock_location_id,
        stocked_quantity: 0,
      });
      const ids = await extraIds(getContainer(), world, data.inventory_item.id);
      // The spare item's own level is the one "delete a stock level" removes.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY);
      const { data: levels } = await query.graph({
        entity: 'inventory_level',
        fields: ['id'],
        filters: { inventory_item_id: ids.spareItemId },
      });
      return { ...ids, secondVariantId, levelId: (levels[0] as Row).id };
    }

    beforeAll(async () => {
      regency = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      a = await withExtras(await villageWorld(api, getContainer(), 'anjun'), regency);
      b = await withExtras(await villageWorld(api, getContainer(), 'wanayasa'), regency);
      sellerA = await sellerLogin(api, getContainer(), regency, 'anjun');
    });

    afterAll(() => {
      // The README's reliability table quotes these counts.
      console.info(`body walker: ${JSON.stringify(tried)}`);
    });

    /** B's id of the same kind as one of A's, found by value among A's and B's named ids. */
    function counterpart(id: string): string | undefined {
      for (const [key, value] of Object.entries(a)) {
        if (value === id) return (b as Row)[key];
        if (key === 'village') {
          for (const [vk, vv] of Object.entries(value as Row)) if (vv === id) return (b.village as Row)[vk];
        }
      }
      return undefined;
    }

    it.each(templates.map((t) => [t.name, t] as const))('%s', async (_, template) => {
      const before = await snapshot(getContainer(), b);
      const body = template.body(a);
      const slots = idSlots(body);
      expect(slots.length, 'the template names ids').toBeGreaterThan(0);
      const failures: string[] = [];
      const send = (payload: unknown) =>
        api.post(template.url(a), payload, sellerA.headers).catch((e) => e.response);
      const isPinned = (slot: Slot) => template.pinned?.includes(slot.field.split('.')[0]) ?? false;
      // B's ids first, where the route does not overwrite them: each must be refused.
      for (const slot of slots.filter((s) => !isPinned(s))) {
        const foreign = counterpart(slot.id);
        expect(foreign, `B's counterpart of ${slot.id}`).toBeTruthy();
        tried.swaps += 1;
        const res = await send(slot.swap(foreign!));
        if (res.status >= 400 && res.status < 500) tried.refused += 1;
        else
          failures.push(`${slot.field}=${foreign}: ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`);
      }
      // The same for each id in the URL below /admin (Medusa does not check, for instance, that
      // an image in the URL belongs to the product in the URL).
      const url = template.url(a);
      for (const segment of url.split('/').filter((part) => MEDUSA_ID.test(part))) {
        const foreign = counterpart(segment);
        expect(foreign, `B's counterpart of ${segment}`).toBeTruthy();
        tried.swaps += 1;
        const res = await api
          .post(url.replace(segment, foreign!), body, sellerA.headers)
          .catch((e) => e.response);
        if (res.status >= 400 && res.status < 500) tried.refused += 1;
        else
          failures.push(`URL ${segment}=${foreign}: ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`);
      }
      // Positive control: the same body with the seller's own ids goes through our guard.
      const own = await send(body);
      if (template.ownOutcome && own.status === 400) expect(own.data.message).toMatch(template.ownOutcome);
      else expect(own.status, JSON.stringify(own.data)).toBeLessThan(300);
      // Where the route pins the seller's own value, B's id there may pass: it is replaced.
      for (const slot of slots.filter(isPinned)) {
        tried.swaps += 1;
        tried.pinned += 1;
        const res = await send(slot.swap(counterpart(slot.id)!));
        if (res.status >= 500) failures.push(`${slot.field}: ${res.status}`);
      }
      expect(failures).toEqual([]);
      expect(await snapshot(getContainer(), b), "B's records").toEqual(before);
    });

    describe('uploads are typed by their bytes', () => {
      const PNG = Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      );
      const HTML = Buffer.from('<html><script>fetch("/admin/webdesaku/sellers")</script></html>');
      const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      const CSV = Buffer.from('Product Handle,Product Title\nkendi,Kendi\n');

      const upload = (who: AdminLogin, name: string, bytes: Buffer, type: string) => {
        const form = new FormData();
        form.append('files', new Blob([bytes], { type }), name);
        return api.post('/admin/uploads', form, who.headers).catch((e) => e.response);
      };

      it.each([
        ['x.html', HTML, 'text/html'],
        ['x.svg', SVG, 'image/svg+xml'],
        ['foto.png', HTML, 'image/png'],
        ['foto.jpg', SVG, 'image/jpeg'],
        ['daftar.csv', CSV, 'text/csv'],
      ])("a seller's %s that is not an image is refused", async (name, bytes, type) => {
        const res = await upload(sellerA, name, bytes, type);
        expect(res.status).toBe(400);
        expect(res.data.message).toContain('bukan gambar');
      });

      it('an image is stored under the type its bytes say, whatever its name', async () => {
        const res = await upload(sellerA, 'kendi.html', PNG, 'text/html');
        expect(res.status).toBe(200);
        const url = new URL(res.data.files[0].url);
        expect(url.pathname).toMatch(/\.png$/);
        const served = await api.get(url.pathname, { responseType: 'arraybuffer' });
        expect(served.headers['content-type']).toBe('image/png');
        expect(Buffer.from(served.data).equals(PNG)).toBe(true);
      });

      it('the regency admin may store a CSV for the product import, never markup', async () => {
        expect((await upload(regency, 'produk.csv', CSV, 'text/csv')).status).toBe(200);
        expect((await upload(regency, 'x.html', HTML, 'text/html')).status).toBe(400);
        expect((await upload(regency, 'x.svg', SVG, 'image/svg+xml')).status).toBe(400);
      });
    });
  },
});
