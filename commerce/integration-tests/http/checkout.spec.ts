import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { Modules } from '@medusajs/framework/utils';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import { provisionVillage, storeHeaders, SYNC_SECRET, type ProvisionedVillage } from '../factories/villages';

const paymentOptions = [
  ['Transfer bank', 'pp_transfer-bank_webdesaku'],
  ['Bayar di tempat / COD', 'pp_cod_webdesaku'],
  ['QRIS (manual)', 'pp_qris_webdesaku'],
] as const;

medusaIntegrationTestRunner({
  dbName: testDbName('checkout'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    let anjun: ProvisionedVillage;
    let wanayasa: ProvisionedVillage;

    beforeAll(async () => {
      anjun = await provisionVillage(api, 'anjun');
      wanayasa = await provisionVillage(api, 'wanayasa');
    });

    it('refuses a product of another village in the cart', async () => {
      // Given a product of Wanayasa and a cart made with Anjun's key
      const { variantId } = await createVillageProduct(getContainer(), wanayasa);
      const { data: regions } = await api.get('/store/regions', storeHeaders(anjun));
      const { data } = await api.post(
        '/store/carts',
        { region_id: regions.regions[0].id },
        storeHeaders(anjun),
      );
      // When the shopper adds Wanayasa's product
      const res = await api
        .post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: variantId, quantity: 1 },
          storeHeaders(anjun),
        )
        .catch((e: { response: unknown }) => e.response);
      // Then it is refused with a 400 and the cart stays empty
      expect(res.status).toBe(400);
      const { data: cart } = await api.get(`/store/carts/${data.cart.id}`, storeHeaders(anjun));
      expect(cart.cart.items).toHaveLength(0);
    });

    it.each(paymentOptions)('completes a guest checkout paid by %s', async (_label, providerId) => {
      // Given a product of Anjun with stock 10
      const { variantId, inventoryItemId } = await createVillageProduct(getContainer(), anjun, {
        price: 25000,
        stock: 10,
      });
      // When a guest buys 2 with courier delivery and this payment option
      const cartId = await guestCartWith(api, anjun, variantId, 2, 'Kurir desa');
      const res = await payAndComplete(api, anjun, cartId, providerId);
      // Then an order exists in Anjun's channel, awaiting capture by the seller
      expect(res.data.type).toBe('order');
      const { data: orders } = await getContainer()
        .resolve('query')
        .graph({
          entity: 'order',
          fields: [
            'sales_channel_id',
            'currency_code',
            'total',
            'payment_collections.status',
            'payment_collections.payments.provider_id',
          ],
          filters: { id: res.data.order.id },
        });
      const order = orders[0];
      expect(order.sales_channel_id).toBe(anjun.sales_channel_id);
      expect(order.currency_code).toBe('idr');
      expect(Number(order.total)).toBe(2 * 25000 + 10000);
      expect(order.payment_collections[0].status).toBe('authorized');
      expect(order.payment_collections[0].payments[0].provider_id).toBe(providerId);
      // And 2 units are reserved at Anjun's location
      const inventory = getContainer().resolve(Modules.INVENTORY);
      const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId });
      expect(reservations.map((r) => [r.location_id, Number(r.quantity)])).toEqual([
        [anjun.stock_location_id, 2],
      ]);
    });
  },
});
