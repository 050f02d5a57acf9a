// The order loop at scale (issue 14): how long after "Buat pesanan" the village's seller sees the
// order in the dashboard bell, and how fast the shopper's order page answers (it is never cached:
// every visit reads the order, its progress and the village from Medusa).
import { call } from './http.mjs';
import { latency, median } from './load.mjs';

const PASSWORD = 'Webdesaku123!';
const ADDRESS = {
  first_name: 'Bench',
  last_name: 'Pembeli',
  address_1: 'Jl. Raya 1',
  city: 'Purwakarta',
  postal_code: '41162',
  country_code: 'id',
  phone: '+6281200000123',
};

/** A guest order of one unit, paid cash on pickup, through the store API as the storefront places it. */
async function placeOrder(commerce, village, variantId, email) {
  const key = { 'x-publishable-api-key': village.publishable_key };
  const { regions } = await call(`${commerce}/store/regions`, { headers: key });
  const region = regions.find((r) => r.currency_code === 'idr') ?? regions[0];
  const { cart } = await call(`${commerce}/store/carts`, {
    method: 'POST',
    headers: key,
    body: { region_id: region.id },
  });
  const cartUrl = `${commerce}/store/carts/${cart.id}`;
  await call(`${cartUrl}/line-items`, {
    method: 'POST',
    headers: key,
    body: { variant_id: variantId, quantity: 1 },
  });
  await call(cartUrl, {
    method: 'POST',
    headers: key,
    body: { email, shipping_address: ADDRESS, billing_address: ADDRESS },
  });
  const { shipping_options } = await call(`${commerce}/store/shipping-options?cart_id=${cart.id}`, {
    headers: key,
  });
  const pickup = shipping_options.find((o) => /ambil/i.test(o.name)) ?? shipping_options[0];
  await call(`${cartUrl}/shipping-methods`, { method: 'POST', headers: key, body: { option_id: pickup.id } });
  const { payment_collection } = await call(`${commerce}/store/payment-collections`, {
    method: 'POST',
    headers: key,
    body: { cart_id: cart.id },
  });
  await call(`${commerce}/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: 'POST',
    headers: key,
    body: { provider_id: 'pp_cod_webdesaku' },
  });
  const placed = await call(`${cartUrl}/complete`, { method: 'POST', headers: key });
  return { order: placed.order, at: performance.now() };
}

/** Milliseconds from the order's answer until the seller's feed holds it (polled every 20 ms). */
async function untilBell(commerce, auth, orderId, placedAt) {
  const deadline = placedAt + 60_000;
  while (performance.now() < deadline) {
    const { notifications } = await call(
      `${commerce}/admin/notifications?channel=feed&limit=10&order=-created_at`,
      {
        headers: auth,
      },
    );
    if (notifications.some((n) => n.resource_id === orderId)) return performance.now() - placedAt;
    await new Promise((r) => setTimeout(r, 20));
  }
  return NaN;
}

export async function measureOrderLoop(urls, { slug = 'anjun', orders = 5, load, products }) {
  const { village } = await call(`${urls.commerce}/webdesaku/villages/${slug}`);
  const { token } = await call(`${urls.commerce}/auth/user/emailpass`, {
    method: 'POST',
    body: { email: `penjual.${slug}@webdesaku.id`, password: PASSWORD },
  });
  const auth = { authorization: `Bearer ${token}` };
  const { products: list } = await call(products.url, { headers: products.headers });
  const variantId = list.find((p) => p.variants?.some((v) => (v.inventory_quantity ?? 1) > 5))?.variants[0]
    .id;
  if (!variantId) throw new Error(`no stocked product in ${slug} for the order loop`);
  const bell = [];
  let last;
  for (let i = 0; i < orders; i++) {
    last = await placeOrder(urls.commerce, village, variantId, `bench.${Date.now()}.${i}@pembeli.contoh.id`);
    bell.push(await untilBell(urls.commerce, auth, last.order.id, last.at));
  }
  // The shopper's page of the last order, opened with the e-mail (as from another phone).
  const page = `${urls.storefront}/pesanan/${last.order.id}?contact=${encodeURIComponent(last.order.email)}`;
  return {
    bellMs: { median: median(bell), max: Math.max(...bell), samples: bell },
    orderPage: { latency: await latency({ url: page }, load.latency) },
  };
}
