import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { cancelUnpaidOrders } from 'medusa-plugin-webdesaku/lib/unpaid-orders';
import { retryFailedNotifications } from 'medusa-plugin-webdesaku/lib/notification-retry';
import { testDbName } from '../factories/db-name';
import { SYNC_SECRET } from '../factories/villages';
import { villageWorld, type VillageWorld } from '../factories/world';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import { regencyLogin, sellerLogin, type AdminLogin } from '../factories/admin';
import { bellOnceRung } from '../factories/bell';
import { decoded, startInbox, useInbox, waitFor } from '../factories/inbox';
import { startWhatsappReceiver } from '../factories/whatsapp-receiver';
import { provisionVillage } from '../factories/villages';

const smtp = await startInbox();
const inbox = smtp.mails;
useInbox(smtp);
const whatsapp = await startWhatsappReceiver();
process.env.WHATSAPP_TOKEN = 'uji-token-wa';
process.env.WHATSAPP_PHONE_NUMBER_ID = '1055501';
process.env.WHATSAPP_API_URL = `${whatsapp.url}/v21.0`;

medusaIntegrationTestRunner({
  dbName: testDbName('email'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let a: VillageWorld;
    let sellerA: AdminLogin;

    beforeAll(async () => {
      a = await villageWorld(api, getContainer(), 'anjun');
      await villageWorld(api, getContainer(), 'wanayasa');
      const regency = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      sellerA = await sellerLogin(api, getContainer(), regency, 'anjun');
      await sellerLogin(api, getContainer(), regency, 'wanayasa');
    });

    afterAll(async () => {
      await smtp.close();
      await whatsapp.close();
    });

    it('a placed order e-mails the shopper and the sellers of its village only, once', async () => {
      inbox.length = 0;
      const cartId = await guestCartWith(api, a.village, a.variantId, 2);
      const { data } = await payAndComplete(api, a.village, cartId, 'pp_cod_webdesaku');
      const order = data.order;
      const mails = await waitFor(() => inbox, 2);
      const to = (address: string) => mails.filter((m) => m.to.includes(address));

      const [shopper] = to('pembeli.anjun@example.com');
      expect(shopper).toBeDefined();
      const shopperText = decoded(shopper);
      expect(shopperText).toContain(`Subject: Pesanan #${order.display_id} di Lapak Desa Anjun diterima`);
      expect(shopperText).toMatch(/Total: Rp \d{1,3}(\.\d{3})+/);
      // A signed, expiring link: it opens the order without typing the e-mail or phone again.
      expect(shopperText).toMatch(
        new RegExp(`http://toko\\.example/pesanan/${order.id}\\?akses=\\d{10}\\.[\\w-]{43}`),
      );
      expect(shopperText).toContain('From: Lapak Desa Uji <lapak@example.id>');

      const [seller] = to('penjual.anjun@webdesaku.id');
      expect(seller).toBeDefined();
      expect(decoded(seller)).toContain(`/app/orders/${order.id}`);
      expect(decoded(seller)).toMatch(/Subject: Pesanan baru #\d+: Rp \d/);
      expect(to('penjual.wanayasa@webdesaku.id')).toEqual([]);
      expect(mails).toHaveLength(2);

      // The same event again (a retry, a second instance) sends nothing new.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: 'order.placed', data: { id: order.id } });
      await new Promise((r) => setTimeout(r, 1500));
      expect(inbox).toHaveLength(2);
    });

    it('an unpaid transfer order is canceled after the payment window: stock back, shopper and seller told', async () => {
      const reserved = async () => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: 'inventory_level',
            fields: ['reserved_quantity'],
            filters: { inventory_item_id: a.inventoryItemId, location_id: a.village.stock_location_id },
          });
        return Number((data[0] as { reserved_quantity: number }).reserved_quantity);
      };
      const before = await reserved();
      inbox.length = 0;
      const transferCart = await guestCartWith(api, a.village, a.variantId, 3);
      const transfer = (await payAndComplete(api, a.village, transferCart, 'pp_transfer-bank_webdesaku')).data
        .order;
      const codCart = await guestCartWith(api, a.village, a.variantId, 1);
      const cod = (await payAndComplete(api, a.village, codCart, 'pp_cod_webdesaku')).data.order;
      expect(await reserved()).toBe(before + 4);
      // The two orders' own e-mails (shopper and seller each) first, so only the cancel's remain.
      await waitFor(() => inbox, 4);
      inbox.length = 0;

      // Within the window nothing happens; 25 hours later the transfer order (not the COD one) is canceled.
      expect(await cancelUnpaidOrders(getContainer())).toEqual([]);
      const later = new Date(Date.now() + 25 * 3600_000);
      expect(await cancelUnpaidOrders(getContainer(), later)).toEqual([transfer.id]);
      expect(await cancelUnpaidOrders(getContainer(), later)).toEqual([]);
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: 'order', fields: ['id', 'status'], filters: { id: [transfer.id, cod.id] } });
      const statusOf = (id: string) =>
        (orders as { id: string; status: string }[]).find((o) => o.id === id)?.status;
      expect([statusOf(transfer.id), statusOf(cod.id)]).toEqual(['canceled', 'pending']);
      expect(await reserved()).toBe(before + 1);

      const mails = await waitFor(() => inbox, 2);
      expect(mails).toHaveLength(2);
      const shopperMail = mails.find((m) => m.to.includes('pembeli.anjun@example.com'));
      expect(decoded(shopperMail!)).toContain(
        `Subject: Pesanan #${transfer.display_id} di Lapak Desa Anjun dibatalkan`,
      );
      expect(mails.some((m) => m.to.includes('penjual.anjun@webdesaku.id'))).toBe(true);
      const bell = (await api.get('/admin/notifications?channel=feed', sellerA.headers)).data.notifications;
      expect(bell.map((n: { data: { title: string } }) => n.data.title)).toContain(
        `Pesanan dibatalkan #${transfer.display_id}`,
      );
    });

    it('a placed order goes to the village WhatsApp number and the shopper through the Cloud API, once', async () => {
      await provisionVillage(api, 'anjun', { whatsapp: '+62 812-0000-0001' });
      whatsapp.calls.length = 0;
      const cartId = await guestCartWith(api, a.village, a.variantId, 1);
      const order = (await payAndComplete(api, a.village, cartId, 'pp_cod_webdesaku')).data.order;
      const calls = await waitFor(() => whatsapp.calls, 2);
      expect(calls.map((c) => c.body.to).sort()).toEqual(['6281200000001', '6281200000099']);
      for (const call of calls) {
        expect(call.path).toBe('/v21.0/1055501/messages');
        expect(call.headers.authorization).toBe('Bearer uji-token-wa');
        expect(call.body).toMatchObject({ messaging_product: 'whatsapp', type: 'text' });
        expect(call.body.text.body).toContain(`#${order.display_id}`);
        expect(call.body.text.body).toMatch(/Rp \d/);
      }
      const toVillage = calls.find((c) => c.body.to === '6281200000001')!;
      expect(toVillage.body.text.body).toContain(`/app/orders/${order.id}`);
      // Seller B's village hears nothing; the same event again sends nothing new.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: 'order.placed', data: { id: order.id } });
      await new Promise((r) => setTimeout(r, 1500));
      expect(whatsapp.calls).toHaveLength(2);
    });

    it('with WhatsApp failing, the checkout completes; the messages are sent again with backoff, once', async () => {
      await provisionVillage(api, 'anjun', { whatsapp: '+62 812-0000-0001' });
      whatsapp.state.failing = true;
      const cartId = await guestCartWith(api, a.village, a.variantId, 1);
      const res = await payAndComplete(api, a.village, cartId, 'pp_cod_webdesaku');
      expect(res.data.type).toBe('order');
      const orderId = res.data.order.id;
      const notifications = getContainer().resolve(Modules.NOTIFICATION);
      const whatsappOf = (status: string) =>
        notifications
          .listNotifications({ channel: 'whatsapp', resource_id: orderId })
          .then((list) => list.filter((n) => n.status === status));
      expect(await waitFor(() => whatsappOf('failure'), 2)).toHaveLength(2);
      expect((await bellOnceRung(api, sellerA, orderId)).length).toBe(1);

      // Too soon: nothing is retried. Still down 6 minutes later: tried, and failed again.
      expect(await retryFailedNotifications(getContainer())).toBe(0);
      const in6min = new Date(Date.now() + 6 * 60_000);
      expect(await retryFailedNotifications(getContainer(), in6min)).toBe(2);
      expect(await whatsappOf('failure')).toHaveLength(2);
      // Back up: the next due round delivers both, and a later round sends nothing more.
      whatsapp.state.failing = false;
      whatsapp.calls.length = 0;
      const in20min = new Date(Date.now() + 20 * 60_000);
      expect(await retryFailedNotifications(getContainer(), in20min)).toBe(2);
      expect(await whatsappOf('success')).toHaveLength(2);
      expect(whatsapp.calls.map((c) => c.body.to).sort()).toEqual(['6281200000001', '6281200000099']);
      expect(whatsapp.calls[0].body.text.body).toContain(`#${res.data.order.display_id}`);
      expect(await retryFailedNotifications(getContainer(), new Date(Date.now() + 3600_000))).toBe(0);
      expect(whatsapp.calls).toHaveLength(2);
    });

    it('with the SMTP server gone, the checkout still completes', async () => {
      const cartId = await guestCartWith(api, a.village, a.variantId, 1);
      await smtp.close();
      const res = await payAndComplete(api, a.village, cartId, 'pp_cod_webdesaku');
      expect(res.status).toBe(200);
      expect(res.data.type).toBe('order');
      // The bell still rings: a failed e-mail does not undo it.
      const rung = await bellOnceRung(api, sellerA, res.data.order.id);
      expect(rung).toHaveLength(1);
    });
  },
});
