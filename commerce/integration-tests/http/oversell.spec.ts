import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { Modules } from '@medusajs/framework/utils';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { guestCartWith, payAndComplete } from '../factories/checkout';
import { provisionVillage, SYNC_SECRET } from '../factories/villages';

medusaIntegrationTestRunner({
  dbName: testDbName('oversell'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    it('sells 5 units to exactly 5 of 20 buyers checking out at once', async () => {
      // Given 5 units in stock and 20 buyers, each with one unit in a ready cart
      const anjun = await provisionVillage(api, 'anjun');
      const { variantId, inventoryItemId } = await createVillageProduct(getContainer(), anjun, { stock: 5 });
      const carts: string[] = [];
      for (let i = 0; i < 20; i++) carts.push(await guestCartWith(api, anjun, variantId, 1));
      // When all 20 complete their checkout at the same time
      const results = await Promise.all(
        carts.map((id) => payAndComplete(api, anjun, id, 'pp_cod_webdesaku')),
      );
      // Then exactly 5 orders are placed
      const orders = results.filter((r) => r.status === 200 && r.data.type === 'order');
      expect(orders).toHaveLength(5);
      // And every other buyer is told the product is out of stock
      const refused = results.filter((r) => !(r.status === 200 && r.data.type === 'order'));
      expect(refused).toHaveLength(15);
      for (const r of refused) {
        const message = r.data?.message ?? r.data?.error?.message ?? '';
        expect(message).toMatch(/stock|inventory|stok/i);
      }
      // And the stock is reserved exactly, never below zero
      const [level] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: anjun.stock_location_id });
      expect(Number(level.reserved_quantity)).toBe(5);
      expect(Number(level.stocked_quantity)).toBe(5);
    });
  },
});
