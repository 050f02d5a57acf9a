import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, type Stack } from './stack';
import { medusaAdmin, type AdminClient } from './helpers/admin';
import { ordersByEmail, setStock, shopOf, stockLevel, variantOf, type Shop } from './helpers/commerce';
import { PASSWORD, REGENCY_ADMIN, sellerOf, VILLAGE_A, VILLAGE_B } from './helpers/demo';
import { request } from './helpers/http';
import { eventually } from './helpers/eventually';
import { solidPng } from './helpers/images';
import { pickupCodFields, Shopper } from './helpers/shopper';

let stack: Stack;
let admin: AdminClient;
let shop: Shop;

beforeAll(async () => {
  stack = await bootStack();
  admin = await medusaAdmin(stack.config.urls.commerce, REGENCY_ADMIN, PASSWORD);
  shop = await shopOf(stack.config.urls.commerce, VILLAGE_A);
});

afterAll(async () => {
  await stack?.stop();
});

const email = (who: string) => `${who}-${randomBytes(3).toString('hex')}@pembeli.contoh.id`;

/** A shopper with one unit of the variant in the cart, and the pickup option of the village. */
async function shopperWithCart(variantId: string) {
  const shopper = new Shopper(stack.config.urls.storefront);
  const added = await shopper.addToCart(VILLAGE_A, variantId, 1);
  if (!added.ok) throw new Error(`add to cart failed: ${JSON.stringify(added)}`);
  const pickup = (await shopper.shippingOptions(VILLAGE_A)).find((o) => o.pickup);
  if (!pickup) throw new Error('the village has no pickup option');
  return { shopper, shipping: pickup.id };
}

describe('placing an order through the storefront', () => {
  it('gives exactly one order when "Buat pesanan" is double-clicked and the request is retried', async () => {
    // Given a shopper with a product in the cart
    const { productId, variantId } = await variantOf(stack.config.urls.commerce, shop, 0);
    await setStock(admin, shop, productId, variantId, 50);
    const { shopper, shipping } = await shopperWithCart(variantId);
    const buyer = email('ganda');
    const fields = pickupCodFields('Siti Ganda', buyer, shipping);
    const cookie = shopper.cookieHeader;

    // When the form is submitted twice at once, and then once more with the same cookies (a retry)
    const [first, second] = await Promise.all([
      shopper.placeOrder(VILLAGE_A, fields, cookie),
      shopper.placeOrder(VILLAGE_A, fields, cookie),
    ]);
    const retry = await shopper.placeOrder(VILLAGE_A, fields, cookie);

    // Then every answer names the same single order, and Medusa holds one order for this buyer
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect(second.orderId).toBe(first.orderId);
    expect(retry.orderId).toBe(first.orderId);
    expect((await ordersByEmail(admin, buyer)).map((o) => o.id)).toEqual([first.orderId]);

    // And the order opens for this browser, but not for anyone who only knows its id
    const storefront = stack.config.urls.storefront;
    const mine = JSON.parse((await shopper.send(`/api/orders/${first.orderId}`)).body);
    expect(mine.order.id).toBe(first.orderId);
    const forged = await request(`${storefront}/api/orders/${first.orderId}`, {
      headers: { cookie: `wd_orders=${first.orderId}`, accept: 'application/json' },
    });
    expect(JSON.parse(forged.body)).toEqual({ order: null, needsContact: true });
    const direct = (secret?: string) =>
      request(`${stack.config.urls.commerce}/store/orders/${first.orderId}`, {
        headers: {
          'x-publishable-api-key': shop.publishable_key,
          ...(secret ? { 'x-webdesaku-secret': secret } : {}),
        },
      });
    expect((await direct()).status).toBe(404);
    expect((await direct(stack.config.env.commerce.REVALIDATE_SECRET)).status).toBe(200);
  });

  it('finds the order again on another phone with its short number and the e-mail', async () => {
    // Given an order placed in one browser
    const { productId, variantId } = await variantOf(stack.config.urls.commerce, shop, 0);
    await setStock(admin, shop, productId, variantId, 50);
    const { shopper, shipping } = await shopperWithCart(variantId);
    const buyer = email('nomor');
    const placed = await shopper.placeOrder(VILLAGE_A, pickupCodFields('Siti Nomor', buyer, shipping));
    expect(placed.ok, JSON.stringify(placed)).toBe(true);
    const { order } = JSON.parse((await shopper.send(`/api/orders/${placed.orderId}`)).body);
    const storefront = stack.config.urls.storefront;
    const lookup = (number: string, contact: string) =>
      request(
        `${storefront}/pesanan?id=${encodeURIComponent(number)}&contact=${encodeURIComponent(contact)}`,
      );

    // When another phone (no cookies) asks with "#<number>" and the e-mail
    const found = await lookup(`#${order.displayId}`, buyer);

    // Then it is sent to the order's page, which shows the order
    expect(found.status).toBe(303);
    const location = found.headers.get('location') ?? '';
    expect(location).toContain(`/pesanan/${placed.orderId}`);
    const page = await request(new URL(location, storefront).toString());
    expect(page.status).toBe(200);
    expect(page.body).toContain(`#${order.displayId}`);
    expect(page.body).toContain('Batalkan pesanan');
    // with the order ready to send to the village's seller on WhatsApp (number, lines, total)
    const wa = /href="(https:\/\/wa\.me\/62\d+\?text=[^"]+)"/.exec(page.body)?.[1] ?? '';
    const message = decodeURIComponent(new URL(wa.replace(/&amp;/g, '&')).searchParams.get('text') ?? '');
    expect(message).toContain(`Halo, saya memesan #${order.displayId} di Lapak Desa`);
    expect(message).toMatch(/Total: Rp \d/);
    // and a receipt (nota) to print or keep, behind the same check
    const receiptHref = /href="([^"]*\/nota[^"]*)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const receipt = await request(new URL(receiptHref, storefront).toString());
    expect(receipt.status).toBe(200);
    expect(receipt.body).toContain(`Nota pesanan #${order.displayId}`);
    expect(receipt.body).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    const strangersReceipt = await request(
      `${storefront}/pesanan/${placed.orderId}/nota?contact=orang.lain%40contoh.id`,
    );
    expect(strangersReceipt.body).not.toContain('Nota pesanan #');

    // And an unknown number is a 404 with the lookup form again; the right number with the
    // wrong e-mail shows nothing of the order
    const unknown = await lookup('987654321', buyer);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('Pesanan tidak ditemukan');
    const wrong = await lookup(String(order.displayId), 'orang.lain@contoh.id');
    const wrongPage = await request(new URL(wrong.headers.get('location') ?? '', storefront).toString());
    expect(wrongPage.body).not.toContain('Siti Nomor');
    expect(wrongPage.body).toContain('Pesanan tidak ditemukan');
  });

  it('lets the shopper cancel an unpaid order (stock back), never a paid one or a stranger', async () => {
    // Given two orders of one unit each, placed by the same shopper
    const { productId, variantId } = await variantOf(stack.config.urls.commerce, shop, 0);
    const { itemId, locationId } = await setStock(admin, shop, productId, variantId, 50);
    const storefront = stack.config.urls.storefront;
    const place = async (who: string) => {
      const { shopper, shipping } = await shopperWithCart(variantId);
      const buyer = email(who);
      const placed = await shopper.placeOrder(VILLAGE_A, pickupCodFields('Siti Batal', buyer, shipping));
      expect(placed.ok, JSON.stringify(placed)).toBe(true);
      return { orderId: placed.orderId!, buyer };
    };
    const unpaid = await place('batal');
    const paid = await place('lunas');
    const reservedBefore = (await stockLevel(admin, itemId, locationId)).reserved;
    const cancel = (orderId: string, contact: string) =>
      request(`${storefront}/api/orders/${orderId}/cancel`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ contact }).toString(),
      });

    // When a stranger tries, Then 404 and the order stays
    expect((await cancel(unpaid.orderId, 'orang.lain@contoh.id')).status).toBe(404);
    // When the shopper (another phone, with the e-mail) cancels, Then back to the order, canceled,
    // and its unit is no longer reserved
    const done = await cancel(unpaid.orderId, unpaid.buyer);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toContain('dibatalkan=1');
    const order = await admin.call('GET', `/admin/orders/${unpaid.orderId}?fields=id,status`);
    expect(order.json.order.status).toBe('canceled');
    expect((await stockLevel(admin, itemId, locationId)).reserved).toBe(reservedBefore - 1);
    // And a paid order (the seller captured it) cannot be canceled by the shopper
    const payments = await admin.call(
      'GET',
      `/admin/orders/${paid.orderId}?fields=payment_collections.payments.id`,
    );
    const paymentId = payments.json.order.payment_collections[0].payments[0].id;
    expect((await admin.call('POST', `/admin/payments/${paymentId}/capture`, {})).status).toBe(200);
    const refused = await cancel(paid.orderId, paid.buyer);
    expect(refused.headers.get('location')).toContain('tidak-bisa-batal=1');
    const still = await admin.call('GET', `/admin/orders/${paid.orderId}?fields=id,status`);
    expect(still.json.order.status).toBe('pending');
    // And Medusa's own route refuses anyone without the storefront's secret
    const direct = await request(`${stack.config.urls.commerce}/webdesaku/orders/${paid.orderId}/cancel`, {
      method: 'POST',
    });
    expect(direct.status).toBe(404);
  });

  it('never sells more than the stock when many shoppers check out at once', async () => {
    // Given 3 units in stock and 10 shoppers who each put one in their cart
    const { productId, variantId } = await variantOf(stack.config.urls.commerce, shop, 1);
    const { itemId, locationId } = await setStock(admin, shop, productId, variantId, 3);
    const carts = [];
    for (let i = 0; i < 10; i += 1) carts.push(await shopperWithCart(variantId));

    // When all ten place their order at the same moment (and, like real shoppers, try again up to
    // three times when told the lapak is busy rather than sold out)
    const fields = carts.map(({ shipping }, i) =>
      pickupCodFields(`Pembeli ${i + 1}`, email(`rebut${i}`), shipping),
    );
    const answers = await Promise.all(
      carts.map(({ shopper }, i) => shopper.placeOrder(VILLAGE_A, fields[i])),
    );
    const firstRound = answers.map((a) => (a.ok ? 'ok' : (a.errors ?? [a.error]).join(',')));
    for (let i = 0; i < answers.length; i += 1) {
      for (
        let attempt = 0;
        attempt < 3 && !answers[i].ok && answers[i].errors?.join() !== 'stock';
        attempt += 1
      ) {
        answers[i] = await carts[i].shopper.placeOrder(VILLAGE_A, fields[i]);
      }
    }

    // Then exactly three get an order, the others a clear out-of-stock answer, and stock is never negative
    const placed = answers.filter((a) => a.ok);
    expect(placed, `first round: ${firstRound.join(' ')}; final: ${JSON.stringify(answers)}`).toHaveLength(3);
    expect(new Set(placed.map((a) => a.orderId)).size).toBe(3);
    for (const refused of answers.filter((a) => !a.ok))
      expect(refused.errors, JSON.stringify(refused)).toEqual(['stock']);
    const level = await stockLevel(admin, itemId, locationId);
    expect(level.reserved).toBe(3);
    expect(level.stocked - level.reserved).toBe(0);
  });
});

describe("a cart cookie naming another village's cart", () => {
  it('is not served or changed under this village, and the real owner still sees it', async () => {
    // Given a shopper with one product in village B's cart
    const shopB = await shopOf(stack.config.urls.commerce, VILLAGE_B);
    const { productId, variantId } = await variantOf(stack.config.urls.commerce, shopB, 0);
    await setStock(admin, shopB, productId, variantId, 50);
    const owner = new Shopper(stack.config.urls.storefront);
    expect((await owner.addToCart(VILLAGE_B, variantId, 1)).ok).toBe(true);
    const carts = JSON.parse(decodeURIComponent(/wd_carts=([^;]+)/.exec(owner.cookieHeader)![1]!));
    const cartB: string = carts[VILLAGE_B];
    // When a cookie names B's cart under village A
    const forged = `wd_carts=${encodeURIComponent(JSON.stringify({ [VILLAGE_A]: cartB }))}`;
    const read = await request(`${stack.config.urls.storefront}/api/cart`, {
      headers: { cookie: forged, accept: 'application/json' },
    });
    const update = await request(`${stack.config.urls.storefront}/api/cart/update`, {
      method: 'POST',
      headers: { cookie: forged, accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ village: VILLAGE_A, remove: 'item_0123456789' }),
    });
    // Then the storefront shows no cart for A and changes nothing
    expect(read.status).toBe(200);
    expect(JSON.parse(read.body).carts).toEqual([]);
    expect(JSON.parse(update.body)).toMatchObject({ ok: false, error: 'no-cart' });
    // And the owner's own cookie still shows B's cart with its line (positive control)
    const mine = JSON.parse((await owner.send('/api/cart')).body).carts;
    expect(mine.map((c: { village: string; lines: unknown[] }) => [c.village, c.lines.length])).toEqual([
      [VILLAGE_B, 1],
    ]);
  });
});

describe('paying by transfer with a proof, the seller confirming and shipping', () => {
  it('shows the village account, takes the proof, and the shopper follows it to the resi', async () => {
    const storefront = stack.config.urls.storefront;
    const commerce = stack.config.urls.commerce;
    const sellerA = await medusaAdmin(commerce, sellerOf(VILLAGE_A), PASSWORD);
    const sellerB = await medusaAdmin(commerce, sellerOf(VILLAGE_B), PASSWORD);
    // Given village A's seller entered the BUMDes account, and village B has none
    const account = { bank: 'BJB', number: '0011 2233 4455', holder: 'BUMDes Uji Transfer' };
    const villages = (await sellerA.call('GET', '/admin/webdesaku/villages')).json.villages;
    expect(
      (
        await sellerA.call('POST', `/admin/webdesaku/villages/${villages[0].id}/payment`, {
          bank_accounts: [account],
        })
      ).status,
    ).toBe(200);
    const villageB = (await sellerB.call('GET', '/admin/webdesaku/villages')).json.villages[0];
    await sellerB.call('POST', `/admin/webdesaku/villages/${villageB.id}/payment`, { bank_accounts: [] });

    // When a shopper opens A's checkout, Then the account is shown under "Transfer bank"
    const { productId, variantId } = await variantOf(commerce, shop, 0);
    await setStock(admin, shop, productId, variantId, 50);
    const shopper = new Shopper(storefront);
    expect((await shopper.addToCart(VILLAGE_A, variantId, 1)).ok).toBe(true);
    const courier = (await shopper.shippingOptions(VILLAGE_A)).find((o) => !o.pickup)!;
    // (the storefront learns of the new account by Medusa's purge of its cached shop)
    const checkoutPage = await eventually(async () => {
      const page = await shopper.send(`/checkout/${VILLAGE_A}`, { headers: { accept: 'text/html' } });
      return page.body.includes('0011 2233 4455') ? page : null;
    }, "A's account on its checkout page");
    expect(checkoutPage!.body).toContain('value="transfer"');
    const buyer = email('transfer');
    const fields = {
      name: 'Siti Transfer',
      email: buyer,
      phone: '081298765432',
      shipping: courier.id,
      address: 'Jl. Raya Plered No. 9',
      city: 'Purwakarta',
      postalCode: '41162',
      payment: 'transfer',
      locale: 'id',
    };
    const placed = await shopper.placeOrder(VILLAGE_A, fields);
    expect(placed.ok, JSON.stringify(placed)).toBe(true);
    const orderId = placed.orderId!;

    // And the order page (another phone, with the phone number) shows the account and the exact amount
    const orderPage = (query = '') =>
      request(`${storefront}/pesanan/${orderId}?contact=${encodeURIComponent('0812 9876 5432')}${query}`);
    const before = await orderPage();
    expect(before.body).toContain('0011 2233 4455');
    expect(before.body).toMatch(/Transfer tepat Rp \d{1,3}(\.\d{3})+ ke salah satu rekening/);
    expect(before.body).toContain('Kirim bukti');

    // When the shopper sends a text file, Then back to the page with the reason; a photo is taken
    const sendProof = (bytes: Buffer, type: string, name: string) => {
      const form = new FormData();
      form.set('proof', new Blob([new Uint8Array(bytes)], { type }), name);
      form.set('contact', '081298765432');
      form.set('locale', 'id');
      return request(`${storefront}/api/orders/${orderId}/proof`, { method: 'POST', body: form });
    };
    const wrong = await sendProof(Buffer.from('bukan foto'), 'image/jpeg', 'bukti.jpg');
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toContain('bukti-gagal=type');
    const photo = solidPng(120, 90, [51, 102, 204]);
    const sent = await sendProof(photo, 'image/png', 'bukti.png');
    expect(sent.headers.get('location')).toContain('bukti=terkirim');

    // Then A's seller is told and sees the photo; B's seller sees nothing of it
    await eventually(async () => {
      const bell = (await sellerA.call('GET', '/admin/notifications?channel=feed')).json.notifications;
      return bell.some((n: { data: { title: string } }) =>
        n.data.title.startsWith('Bukti pembayaran dikirim'),
      );
    }, "the proof in A's seller's bell");
    const proof = await sellerA.call('GET', `/admin/webdesaku/orders/${orderId}/payment-proof`);
    expect([proof.status, proof.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await sellerB.call('GET', `/admin/webdesaku/orders/${orderId}/payment-proof`)).status).toBe(403);

    // When A's seller confirms the payment, packs and ships with a resi
    const detail = await sellerA.call(
      'GET',
      `/admin/orders/${orderId}?fields=id,*items,payment_collections.payments.id`,
    );
    const paymentId = detail.json.order.payment_collections[0].payments[0].id;
    expect((await sellerA.call('POST', `/admin/payments/${paymentId}/capture`, {})).status).toBe(200);
    const items = detail.json.order.items.map((i: { id: string; quantity: number }) => ({
      id: i.id,
      quantity: i.quantity,
    }));
    const packed = await sellerA.call('POST', `/admin/orders/${orderId}/fulfillments`, { items });
    expect(packed.status, packed.body).toBe(200);
    const withFulfillment = await sellerA.call('GET', `/admin/orders/${orderId}?fields=id,fulfillments.id`);
    const fulfillmentId = withFulfillment.json.order.fulfillments[0].id;
    const shipped = await sellerA.call(
      'POST',
      `/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
      {
        items,
        labels: [
          {
            tracking_number: 'JNE0001234',
            tracking_url: 'https://jne.co.id',
            label_url: 'https://jne.co.id',
          },
        ],
      },
    );
    expect(shipped.status, shipped.body).toBe(200);

    // Then the shopper's page shows the road so far: proof sent, paid, packed, shipped with the resi
    const after = await orderPage();
    for (const text of [
      'Bukti pembayaran dikirim',
      'Dibayar',
      'Dikemas',
      'Dikirim',
      'resi JNE0001234',
      'Dalam pengiriman',
    ])
      expect(after.body).toContain(text);
    expect(after.body).not.toContain('Kirim bukti');

    // And the signed link of the shopper's e-mail opens the page on a fresh phone, with no contact typed
    // (signed as Medusa signs it; both sides check the same vector in their unit tests)
    const expires = Math.floor(Date.now() / 1000) + 3600;
    const signature = createHmac('sha256', stack.config.env.commerce.REVALIDATE_SECRET)
      .update(`order-link:${orderId}:${expires}`)
      .digest('base64url');
    const token = `${expires}.${signature}`;
    const link = await request(`${storefront}/pesanan/${orderId}?akses=${token}`);
    expect(link.status).toBe(303);
    expect(link.headers.get('location')).toBe(`/pesanan/${orderId}`);
    const cookie = link.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const opened = await request(`${storefront}/pesanan/${orderId}`, { headers: { cookie } });
    expect(opened.body).toContain('resi JNE0001234');
    const forgedLink = await request(`${storefront}/pesanan/${orderId}?akses=${token.replace(/.$/, 'A')}x`);
    expect(forgedLink.headers.getSetCookie().join()).not.toContain('wd_orders');

    // And B, with no account, is not offered transfer: a forged post is refused
    const shopB = await shopOf(commerce, VILLAGE_B);
    const b = await variantOf(commerce, shopB, 0);
    await setStock(admin, shopB, b.productId, b.variantId, 50);
    const shopperB = new Shopper(storefront);
    expect((await shopperB.addToCart(VILLAGE_B, b.variantId, 1)).ok).toBe(true);
    const courierB = (await shopperB.shippingOptions(VILLAGE_B)).find((o) => !o.pickup)!;
    const pageB = await eventually(async () => {
      const page = await shopperB.send(`/checkout/${VILLAGE_B}`, { headers: { accept: 'text/html' } });
      return page.body.includes('value="transfer"') ? null : page;
    }, 'no transfer on the checkout of B, which has no account');
    expect(pageB!.body).toContain('value="cod"');
    const refused = await shopperB.placeOrder(VILLAGE_B, { ...fields, shipping: courierB.id });
    expect(refused.errors).toEqual(['payment']);
  });
});
