import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { postRevalidate } from 'medusa-plugin-webdesaku/lib/revalidate';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { regencyLogin } from '../factories/admin';
import { provisionVillage, SYNC_SECRET } from '../factories/villages';
import { purgeFor, storefrontStub } from '../factories/storefront-stub';

const storefront = storefrontStub(41000 + Math.floor(Math.random() * 8000));

medusaIntegrationTestRunner({
  dbName: testDbName('revalidate'),
  env: {
    WEBDESAKU_SYNC_SECRET: SYNC_SECRET,
    STOREFRONT_URL: storefront.url,
    REVALIDATE_SECRET: 'test-revalidate-secret',
  },
  testSuite: ({ api, getContainer }) => {
    afterAll(() => storefront.close());
    beforeEach(() => storefront.reset());

    it("purges the village's product pages when a product changes", async () => {
      // Given a product of Anjun
      const anjun = await provisionVillage(api, 'anjun');
      await provisionVillage(api, 'wanayasa');
      const { product } = await createVillageProduct(getContainer(), anjun);
      const admin = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      storefront.reset();
      // When the admin renames it
      await api.post(`/admin/products/${product.id}`, { title: 'Guci Besar' }, admin.headers);
      // Then the storefront is told to purge Anjun's products and the portal, with the secret (the
      // market's read model sends its own purge of `products:anjun` too, in either order)
      const purge = await purgeFor(storefront.purges, 'portal');
      expect(purge.tags).toEqual(['products:anjun', 'portal']);
      expect(purge.headers['x-webdesaku-secret']).toBe('test-revalidate-secret');
    });

    it('retries when the storefront is briefly down', async () => {
      // Given a storefront that fails its first two answers
      const anjun = await provisionVillage(api, 'anjun');
      const { product } = await createVillageProduct(getContainer(), anjun);
      const admin = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      storefront.reset();
      storefront.failFirst(2);
      // When a product changes
      const res = await api.post(`/admin/products/${product.id}`, { title: 'Kendi Kecil' }, admin.headers);
      // Then the save answered at once and the purge still arrives
      expect(res.status).toBe(200);
      await purgeFor(storefront.purges, 'products:anjun');
    });

    it("purges the village's cached shop when its payment details change (checkout shows them)", async () => {
      // Given Anjun's shop, cached by the storefront
      const anjun = await provisionVillage(api, 'anjun');
      const admin = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      storefront.reset();
      // When a bank account is added
      const account = { bank: 'BRI', number: '0123456789', holder: 'BUMDes Anjun' };
      await api.post(
        `/admin/webdesaku/villages/${anjun.id}/payment`,
        { bank_accounts: [account] },
        admin.headers,
      );
      // Then the storefront is told to forget the village
      const purge = await purgeFor(storefront.purges, 'village:anjun');
      expect(purge.tags).toEqual(['village:anjun']);
    });

    it("purges a village's products when the regency closes its shop (its sales channel disabled)", async () => {
      // Given two village shops
      const anjun = await provisionVillage(api, 'anjun');
      await provisionVillage(api, 'wanayasa');
      const admin = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      storefront.reset();
      // When Anjun's sales channel is disabled
      await api.post(`/admin/sales-channels/${anjun.sales_channel_id}`, { is_disabled: true }, admin.headers);
      // Then Anjun's product pages (and the market lists) are purged, not Wanayasa's
      const purge = await purgeFor(storefront.purges, 'portal');
      expect(purge.tags).toEqual(['products:anjun', 'portal']);
    });

    it('sends a purge of many villages in batches the storefront accepts (≤ 100 tags each)', async () => {
      // Given 250 village tags (a change that touches every village of a large regency)
      const tags = Array.from({ length: 250 }, (_, i) => `products:desa-${i}`);
      // When they are purged
      const delivered = await postRevalidate(tags);
      // Then three requests carried them all, none over the limit
      expect(delivered).toBe(true);
      expect(storefront.purges.map((p) => p.tags.length)).toEqual([100, 100, 50]);
      expect(storefront.purges.flatMap((p) => p.tags)).toEqual(tags);
    });
  },
});
