import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import {
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from '@medusajs/medusa/core-flows';
import Redis from 'ioredis';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { provisionVillage, SYNC_SECRET } from '../factories/villages';

// Production runs Medusa with REDIS_URL, and so with its caching module (medusa-config.ts): the
// village's product list is read through it. A seller's change must still reach the shopper:
// its own Redis database, emptied first, so no other run's entries answer.
const REDIS_URL = 'redis://127.0.0.1:6379/11';
const FRESH_WITHIN_MS = 5_000;
// Feature flags are read once, before the runner applies its `env`.
process.env.REDIS_URL = REDIS_URL;

type Listed = {
  id: string;
  title: string;
  variants: { calculated_price: { calculated_amount: number }; inventory_quantity: number }[];
};

async function eventually<T>(read: () => Promise<T>, isFresh: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + FRESH_WITHIN_MS;
  let value = await read();
  while (!isFresh(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
});

medusaIntegrationTestRunner({
  dbName: testDbName('caching'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET, REDIS_URL },
  testSuite: ({ api, getContainer }) => {
    describe("a village's products with Medusa's caching module on", () => {
      const listed = async (id: string) => {
        const { data } = await api.get('/webdesaku/villages/anjun/products');
        return (data.products as Listed[]).find((p) => p.id === id)!;
      };

      it("shows a seller's new price, title and stock within seconds of the change", async () => {
        // Given Anjun's product at Rp 15.000 with 10 in stock, read once (and so cached)
        const anjun = await provisionVillage(api, 'anjun');
        const made = await createVillageProduct(getContainer(), anjun, { price: 15000, stock: 10 });
        const before = await listed(made.product.id);
        expect(before.variants[0].calculated_price.calculated_amount).toBe(15000);
        expect(before.variants[0].inventory_quantity).toBe(10);
        expect(await listed(made.product.id)).toEqual(before);
        // (the caching module is on: it keeps entries in this Redis database)
        const redis = new Redis(REDIS_URL);
        const cached = await redis.dbsize();
        await redis.quit();
        expect(cached).toBeGreaterThan(0);
        // When the seller changes its price, then its title, then its stock, as the dashboard does
        await updateProductVariantsWorkflow(getContainer()).run({
          input: {
            product_variants: [{ id: made.variantId, prices: [{ currency_code: 'idr', amount: 17500 }] }],
          },
        });
        const repriced = await eventually(
          () => listed(made.product.id),
          (p) => p.variants[0].calculated_price.calculated_amount === 17500,
        );
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: made.product.id }, update: { title: 'Gerabah Anjun Baru' } },
        });
        const renamed = await eventually(
          () => listed(made.product.id),
          (p) => p.title === 'Gerabah Anjun Baru',
        );
        await updateInventoryLevelsWorkflow(getContainer()).run({
          input: {
            updates: [
              {
                inventory_item_id: made.inventoryItemId,
                location_id: anjun.stock_location_id,
                stocked_quantity: 3,
              },
            ],
          },
        });
        const restocked = await listed(made.product.id);
        // Then each change is seen, the stock at once (it is never read through the cache)
        expect(repriced.variants[0].calculated_price.calculated_amount).toBe(17500);
        expect(renamed.title).toBe('Gerabah Anjun Baru');
        expect(restocked.variants[0].inventory_quantity).toBe(3);
      });
    });
  },
});
