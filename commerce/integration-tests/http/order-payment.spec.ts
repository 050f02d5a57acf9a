import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { cancelUnpaidOrders } from 'medusa-plugin-webdesaku/lib/unpaid-orders';
import sharp from 'sharp';
import { testDbName } from '../factories/db-name';
import { SYNC_SECRET } from '../factories/villages';
import { villageWorld, type VillageWorld } from '../factories/world';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import { regencyLogin, sellerLogin, statusOf, type AdminLogin } from '../factories/admin';
import { bellFor } from '../factories/bell';
import { decoded, startInbox, useInbox, waitFor } from '../factories/inbox';

const smtp = await startInbox();
useInbox(smtp);
const STOREFRONT_SECRET = 'test-storefront-secret';
process.env.REVALIDATE_SECRET = STOREFRONT_SECRET;
const storefront = { headers: { 'x-webdesaku-secret': STOREFRONT_SECRET } };

const account = { bank: 'BRI', number: '0123 0100 1234 567', holder: 'BUMDes Anjun Mandiri' };

/** A small photo as a phone takes it: with EXIF (here a made-up place and owner). */
const photoWithExif = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a7' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'Rumah Siti, Plered', Artist: 'Siti Aminah' } })
    .toBuffer();
const base64 = (bytes: Buffer) => ({ content: bytes.toString('base64') });

medusaIntegrationTestRunner({
  dbName: testDbName('payment'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let a: VillageWorld;
    let b: VillageWorld;
    let regency: AdminLogin;
    let sellerA: AdminLogin;
    let sellerB: AdminLogin;

    beforeAll(async () => {
      a = await villageWorld(api, getContainer(), 'anjun');
      b = await villageWorld(api, getContainer(), 'wanayasa');
      regency = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      sellerA = await sellerLogin(api, getContainer(), regency, 'anjun');
      sellerB = await sellerLogin(api, getContainer(), regency, 'wanayasa');
    });

    afterAll(() => smtp.close());

    const publicVillage = async (slug: string) => (await api.get(`/webdesaku/villages/${slug}`)).data.village;

    async function transferOrder(world: VillageWorld) {
      const cartId = await guestCartWith(api, world.village, world.variantId, 1);
      const { data } = await payAndComplete(api, world.village, cartId, 'pp_transfer-bank_webdesaku');
      return data.order as { id: string; display_id: number };
    }

    async function paymentIdOf(orderId: string): Promise<string> {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: 'order', fields: ['payment_collections.payments.id'], filters: { id: orderId } });
      return (data[0] as any).payment_collections[0].payments[0].id;
    }

    describe('payment details per village', () => {
      it("a seller sets their own village's bank accounts, shown to every shopper; not another village's", async () => {
        const saved = await api.post(
          `/admin/webdesaku/villages/${a.village.id}/payment`,
          { bank_accounts: [account] },
          sellerA.headers,
        );
        expect(saved.status).toBe(200);
        expect((await publicVillage('anjun')).bank_accounts).toEqual([account]);

        const intruder = api.post(
          `/admin/webdesaku/villages/${b.village.id}/payment`,
          { bank_accounts: [{ ...account, holder: 'Penipu' }] },
          sellerA.headers,
        );
        expect(await statusOf(intruder)).toBe(403);
        expect((await publicVillage('wanayasa')).bank_accounts).toEqual([]);

        // The regency admin may set any village's.
        const byRegency = api.post(
          `/admin/webdesaku/villages/${b.village.id}/payment`,
          { bank_accounts: [{ bank: 'BJB', number: '0099-1234-5678', holder: 'BUMDes Wanayasa' }] },
          regency.headers,
        );
        expect(await statusOf(byRegency)).toBe(200);
        expect((await publicVillage('wanayasa')).bank_accounts[0].bank).toBe('BJB');
      });

      it('refuses an account number that is not a number, naming the field, and keeps the old one', async () => {
        await api.post(
          `/admin/webdesaku/villages/${a.village.id}/payment`,
          { bank_accounts: [account] },
          sellerA.headers,
        );
        const res = await api
          .post(
            `/admin/webdesaku/villages/${a.village.id}/payment`,
            { bank_accounts: [{ ...account, number: 'lihat WA' }] },
            sellerA.headers,
          )
          .catch((e) => e.response);
        expect(res.status).toBe(400);
        expect(res.data.message).toContain('Nomor rekening');
        expect((await publicVillage('anjun')).bank_accounts).toEqual([account]);
      });

      it('takes a QRIS image (stripped and re-encoded), refuses what is not one, and only for the own village', async () => {
        const png = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#000' } })
          .png()
          .toBuffer();
        const saved = await api.post(
          `/admin/webdesaku/villages/${a.village.id}/qris`,
          base64(png),
          sellerA.headers,
        );
        expect(saved.status).toBe(200);
        const url = (await publicVillage('anjun')).qris_image_url as string;
        expect(url).toMatch(/qris-anjun-[0-9a-f-]+\.png$/);
        const served = await api.get(new URL(url).pathname, { responseType: 'arraybuffer' });
        expect(served.headers['content-type']).toContain('image/png');
        expect((await sharp(Buffer.from(served.data)).metadata()).width).toBe(80);

        const html = Buffer.from('<html><script>alert(1)</script></html>');
        const notImage = api.post(
          `/admin/webdesaku/villages/${a.village.id}/qris`,
          base64(html),
          sellerA.headers,
        );
        const refused = await notImage.catch((e) => e.response);
        expect(refused.status).toBe(400);
        expect(refused.data.message).toContain('JPEG, PNG atau WebP');
        const intruder = api.post(
          `/admin/webdesaku/villages/${b.village.id}/qris`,
          base64(png),
          sellerA.headers,
        );
        expect(await statusOf(intruder)).toBe(403);
        expect(
          await statusOf(api.delete(`/admin/webdesaku/villages/${b.village.id}/qris`, sellerA.headers)),
        ).toBe(403);
        expect((await publicVillage('wanayasa')).qris_image_url).toBeNull();
        expect((await publicVillage('anjun')).qris_image_url).toBe(url);
      });
    });

    describe('proof of payment', () => {
      it('the shopper sends a proof: stored without its EXIF, the village sellers told and shown it, no one else', async () => {
        smtp.mails.length = 0;
        const order = await transferOrder(a);
        await waitFor(() => smtp.mails, 2);
        smtp.mails.length = 0;

        const sent = await api.post(
          `/webdesaku/orders/${order.id}/payment-proof`,
          base64(await photoWithExif()),
          storefront,
        );
        expect(sent.status).toBe(200);
        expect(sent.data.payment_proof.status).toBe('submitted');

        const titles = await waitFor(
          async () => (await bellFor(api, sellerA, order.id)).map((n) => n.data.title),
          2,
        );
        expect(titles).toContain(`Bukti pembayaran dikirim #${order.display_id}`);
        const mails = await waitFor(() => smtp.mails, 1);
        expect(mails.map((m) => m.to)).toEqual([['penjual.anjun@webdesaku.id']]);
        expect(decoded(mails[0])).toContain(`Subject: Bukti pembayaran pesanan #${order.display_id}`);

        const shown = await api.get(`/admin/webdesaku/orders/${order.id}/payment-proof`, {
          ...sellerA.headers,
          responseType: 'arraybuffer',
        });
        expect(shown.headers['content-type']).toBe('image/jpeg');
        expect(shown.headers['cache-control']).toContain('no-store');
        const stored = await sharp(Buffer.from(shown.data)).metadata();
        expect(stored.format).toBe('jpeg');
        expect(stored.exif).toBeUndefined();
        expect(Buffer.from(shown.data).includes('Plered')).toBe(false);

        // Seller B: no bell, no image, no rejecting; without the storefront's secret nobody sends one.
        expect(await bellFor(api, sellerB, order.id)).toEqual([]);
        expect(
          await statusOf(api.get(`/admin/webdesaku/orders/${order.id}/payment-proof`, sellerB.headers)),
        ).toBe(403);
        const rejectByB = api.post(
          `/admin/webdesaku/orders/${order.id}/payment-proof/reject`,
          { reason: 'Dana belum masuk' },
          sellerB.headers,
        );
        expect(await statusOf(rejectByB)).toBe(403);
        const anonymous = api.post(
          `/webdesaku/orders/${order.id}/payment-proof`,
          base64(await photoWithExif()),
        );
        // It answers as for an unknown order.
        expect(await statusOf(anonymous)).toBe(404);
      });

      it('the seller rejects with a reason (shopper e-mailed), the shopper sends another, the seller captures; then no more proofs', async () => {
        const order = await transferOrder(a);
        await api.post(
          `/webdesaku/orders/${order.id}/payment-proof`,
          base64(await photoWithExif()),
          storefront,
        );
        await waitFor(() => smtp.mails, 1);
        smtp.mails.length = 0;

        const tooShort = api.post(
          `/admin/webdesaku/orders/${order.id}/payment-proof/reject`,
          { reason: '' },
          sellerA.headers,
        );
        expect(await statusOf(tooShort)).toBe(400);
        const rejected = await api.post(
          `/admin/webdesaku/orders/${order.id}/payment-proof/reject`,
          { reason: 'Dana belum masuk ke rekening BRI' },
          sellerA.headers,
        );
        expect(rejected.data.payment_proof).toMatchObject({
          status: 'rejected',
          reason: 'Dana belum masuk ke rekening BRI',
        });
        const rejections = () => smtp.mails.filter((m) => decoded(m).includes('ditolak'));
        const [mail] = await waitFor(rejections, 1);
        expect(rejections().map((m) => m.to)).toEqual([['pembeli.anjun@example.com']]);
        expect(decoded(mail)).toContain('Alasan: Dana belum masuk ke rekening BRI');
        // A second rejection of the same proof has nothing to reject.
        const again = api.post(
          `/admin/webdesaku/orders/${order.id}/payment-proof/reject`,
          { reason: 'Dana belum masuk ke rekening BRI' },
          sellerA.headers,
        );
        expect(await statusOf(again)).toBe(400);

        const resent = await api.post(
          `/webdesaku/orders/${order.id}/payment-proof`,
          base64(await photoWithExif()),
          storefront,
        );
        expect(resent.data.payment_proof.status).toBe('submitted');
        // The second proof is news for the sellers again, and the rejected photo is gone.
        const proofBells = () =>
          bellFor(api, sellerA, order.id).then((list) =>
            list.filter((n) => n.data.title.startsWith('Bukti pembayaran dikirim')),
          );
        expect(await waitFor(proofBells, 2)).toHaveLength(2);
        const firstFile = rejected.data.payment_proof.file_id as string;
        const files = getContainer().resolve(Modules.FILE);
        await expect(files.getAsBuffer(firstFile)).rejects.toThrow();
        const captured = await api.post(
          `/admin/payments/${await paymentIdOf(order.id)}/capture`,
          {},
          sellerA.headers,
        );
        expect(captured.status).toBe(200);
        const late = api.post(
          `/webdesaku/orders/${order.id}/payment-proof`,
          base64(await photoWithExif()),
          storefront,
        );
        const refused = await late.catch((e) => e.response);
        expect(refused.status).toBe(400);
        expect(refused.data.message).toContain('sudah dibayar');
      });

      it('refuses a proof that is not a photo, too big, or for a cash-on-delivery order, in Indonesian', async () => {
        const order = await transferOrder(a);
        const send = (body: unknown, id = order.id) =>
          api.post(`/webdesaku/orders/${id}/payment-proof`, body, storefront).catch((e) => e.response);
        const pdf = await send(base64(Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj')));
        expect([pdf.status, pdf.data.message]).toEqual([
          400,
          'Bukti pembayaran harus foto JPEG, PNG atau WebP.',
        ]);
        // A GIF is an image, but not a photo a phone sends: refused too.
        const gif = await send(base64(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')));
        expect(gif.status).toBe(400);
        // JPEG bytes at the start, garbage after: refused when decoded.
        const broken = await send(
          base64(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)])),
        );
        expect(broken.status).toBe(400);
        expect(broken.data.message).toContain('tidak dapat dibaca');
        const big = await send(base64(Buffer.alloc(5 * 1024 * 1024 + 10, 1)));
        expect([400, 413]).toContain(big.status);
        expect((await send({})).status).toBe(400);
        const cod = await send(base64(await photoWithExif()), a.orderId);
        expect(cod.status).toBe(400);
        expect(cod.data.message).toContain('tidak dibayar dengan transfer');
        expect((await send(base64(await photoWithExif()), 'order_01JXXXXXXXXXXXXXXXXXXXXXXX')).status).toBe(
          404,
        );
      });

      it('an order whose proof waits for the seller is not canceled as unpaid; one without a proof is', async () => {
        const withProof = await transferOrder(a);
        const without = await transferOrder(a);
        await api.post(
          `/webdesaku/orders/${withProof.id}/payment-proof`,
          base64(await photoWithExif()),
          storefront,
        );
        const later = new Date(Date.now() + 25 * 3600_000);
        const canceled = await cancelUnpaidOrders(getContainer(), later);
        expect(canceled).toContain(without.id);
        expect(canceled).not.toContain(withProof.id);
        // The shopper's order page says why.
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: 'order', fields: ['status', 'metadata'], filters: { id: without.id } });
        expect(data[0]).toMatchObject({
          status: 'canceled',
          metadata: { cancel_reason: 'Tidak dibayar dalam 24 jam' },
        });
      });

      it("tells the shopper's timeline what the store API does not: the proof, the parcel and its resi", async () => {
        const order = await transferOrder(a);
        await api.post(
          `/webdesaku/orders/${order.id}/payment-proof`,
          base64(await photoWithExif()),
          storefront,
        );
        await api.post(`/admin/payments/${await paymentIdOf(order.id)}/capture`, {}, sellerA.headers);
        const { data: detail } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, sellerA.headers);
        const items = detail.order.items.map((i: { id: string; quantity: number }) => ({
          id: i.id,
          quantity: i.quantity,
        }));
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items }, sellerA.headers);
        const { data: packed } = await api.get(
          `/admin/orders/${order.id}?fields=id,fulfillments.id`,
          sellerA.headers,
        );
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${packed.order.fulfillments[0].id}/shipments`,
          { items, labels: [{ tracking_number: 'JNE0001234', tracking_url: '#', label_url: '#' }] },
          sellerA.headers,
        );

        const { data } = await api.get(`/webdesaku/orders/${order.id}/progress`, storefront);
        expect(data.progress.payment_proof).toMatchObject({ status: 'submitted', reason: null });
        expect(data.progress.fulfillments).toHaveLength(1);
        expect(data.progress.fulfillments[0]).toMatchObject({ tracking_numbers: ['JNE0001234'] });
        expect(data.progress.fulfillments[0].shipped_at).toBeTruthy();
        expect(await statusOf(api.get(`/webdesaku/orders/${order.id}/progress`))).toBe(404);

        // And the shopper was e-mailed both steps, with the resi.
        // (display numbers repeat across tests, whose database is reset; order ids do not)
        const toShopper = (subject: string) =>
          smtp.mails.filter(
            (m) =>
              m.to.includes('pembeli.anjun@example.com') &&
              decoded(m).includes(subject) &&
              decoded(m).includes(order.id),
          );
        expect(
          await waitFor(() => toShopper(`Subject: Pembayaran pesanan #${order.display_id} diterima`), 1),
        ).toHaveLength(1);
        const [shipped] = await waitFor(() => toShopper(`Subject: Pesanan #${order.display_id} dikirim`), 1);
        expect(decoded(shipped)).toContain('nomor resi JNE0001234');
        expect(decoded(shipped)).toMatch(/\/pesanan\/order_\w+\?akses=/);
      });

      it('two cancels or two proofs at the same moment: one clear outcome, never a 500', async () => {
        const order = await transferOrder(a);
        const photo = base64(await photoWithExif());
        const proofs = await Promise.all(
          [0, 1].map(() =>
            api
              .post(`/webdesaku/orders/${order.id}/payment-proof`, photo, storefront)
              .catch((e) => e.response),
          ),
        );
        expect(proofs.map((r) => r.status).sort()).toEqual([200, 200]);

        const cancels = await Promise.all(
          [0, 1].map(() =>
            api.post(`/webdesaku/orders/${order.id}/cancel`, {}, storefront).catch((e) => e.response),
          ),
        );
        const statuses = cancels.map((r) => r.status);
        expect(statuses, JSON.stringify(cancels.map((r) => r.data))).toContain(200);
        for (const status of statuses) expect([200, 400, 409]).toContain(status);
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: 'order', fields: ['status', 'metadata'], filters: { id: order.id } });
        expect(data[0]).toMatchObject({
          status: 'canceled',
          metadata: { cancel_reason: 'Dibatalkan oleh pembeli' },
        });
      });

      it('no one but our routes writes a proof or a cancel reason into an order: not the cart, not a seller', async () => {
        const forged = { payment_proof: { file_id: 'evil.html', mime: 'text/html', status: 'submitted' } };
        const cartId = await guestCartWith(api, a.village, a.variantId, 1);
        const h = { headers: { 'x-publishable-api-key': a.village.publishable_key } };
        const viaCart = await api
          .post(`/store/carts/${cartId}`, { metadata: forged }, h)
          .catch((e) => e.response);
        expect(viaCart.status).toBe(400);
        expect(viaCart.data.message).toContain('metadata.payment_proof');
        const viaSeller = api.post(
          `/admin/orders/${a.orderId}`,
          { metadata: { cancel_reason: 'x' } },
          sellerA.headers,
        );
        expect(await statusOf(viaSeller)).toBe(400);
        // Other metadata still goes through (positive control).
        expect(
          (await api.post(`/store/carts/${cartId}`, { metadata: { catatan: 'tanpa sambal' } }, h)).status,
        ).toBe(200);
        expect(
          (
            await api.post(
              `/admin/orders/${a.orderId}`,
              { metadata: { catatan: 'antar sore' } },
              sellerA.headers,
            )
          ).status,
        ).toBe(200);

        // Even metadata written some other way never makes the proof route serve a non-photo.
        await getContainer()
          .resolve(Modules.ORDER)
          .updateOrders([{ id: a.orderId, metadata: forged }]);
        expect(
          await statusOf(api.get(`/admin/webdesaku/orders/${a.orderId}/payment-proof`, sellerA.headers)),
        ).toBe(404);
      });
    });
  },
});
