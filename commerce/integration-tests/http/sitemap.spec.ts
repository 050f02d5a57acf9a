import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { Modules } from '@medusajs/framework/utils';
import { VILLAGE_MODULE } from 'medusa-plugin-webdesaku/modules/village';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { provisionVillage, SYNC_SECRET } from '../factories/villages';

type Listed = { village: string; handle: string; updated_at: string };

medusaIntegrationTestRunner({
  dbName: testDbName('sitemap'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api, getContainer }) => {
    describe('GET /webdesaku/sitemap/products', () => {
      it("lists only open shops' published products, with their update time, to anyone", async () => {
        // Given a published product of Anjun (active), a draft of Anjun, a deleted product of Anjun,
        // a product of Cilegong, whose village is no longer active, and one of Wanayasa, whose
        // sales channel is disabled (a closed shop)
        const anjun = await provisionVillage(api, 'anjun');
        const cilegong = await provisionVillage(api, 'cilegong');
        const wanayasa = await provisionVillage(api, 'wanayasa');
        const listed = await createVillageProduct(getContainer(), anjun);
        const draft = await createVillageProduct(getContainer(), anjun);
        const deleted = await createVillageProduct(getContainer(), anjun);
        const inactive = await createVillageProduct(getContainer(), cilegong);
        const closed = await createVillageProduct(getContainer(), wanayasa);
        const products = getContainer().resolve(Modules.PRODUCT);
        await products.updateProducts(draft.product.id, { status: 'draft' });
        await products.softDeleteProducts([deleted.product.id]);
        await getContainer().resolve(VILLAGE_MODULE).updateVillages({ id: cilegong.id, status: 'pending' });
        await getContainer()
          .resolve(Modules.SALES_CHANNEL)
          .updateSalesChannels(wanayasa.sales_channel_id, { is_disabled: true });
        // When the storefront asks, without any key or login
        const res = await api.get('/webdesaku/sitemap/products');
        // Then only Anjun's published product is there (the positive control), with its time
        expect(res.status).toBe(200);
        const [row] = await products.listProducts({ id: listed.product.id }, { select: ['updated_at'] });
        expect(res.data.products).toEqual([
          {
            village: 'anjun',
            handle: listed.product.handle,
            updated_at: new Date(row.updated_at).toISOString(),
          },
        ]);
        const handles = (res.data.products as Listed[]).map((p) => p.handle);
        for (const hidden of [draft, deleted, inactive, closed])
          expect(handles).not.toContain(hidden.product.handle);
      });

      it('lists the products of every active village in one answer, oldest first', async () => {
        // Given products in two villages
        const anjun = await provisionVillage(api, 'anjun');
        const wanayasa = await provisionVillage(api, 'wanayasa');
        const first = await createVillageProduct(getContainer(), wanayasa);
        const second = await createVillageProduct(getContainer(), anjun);
        // When
        const { data } = await api.get('/webdesaku/sitemap/products');
        // Then
        expect((data.products as Listed[]).map((p) => [p.village, p.handle])).toEqual([
          ['wanayasa', first.product.handle],
          ['anjun', second.product.handle],
        ]);
      });
    });
  },
});
