// Every cell of the matrix: Strapi content and Medusa products, inventory, orders, customers, settings,
// for the resources of village A and village B, plus the regency-wide settings ('-').
import { randomBytes } from 'node:crypto';
import { cm, type AdminClient } from './admin';
import { freshArticle, freshProduct, type VillageFixtures } from './matrix-fixtures';
import { byStatus, listed, type Cell, type Owner } from './matrix';

const tag = () => randomBytes(3).toString('hex');
const ids = (items: { id?: string; documentId?: string }[] | undefined, key: 'id' | 'documentId') =>
  (items ?? []).map((item) => item[key] ?? '');

function villageCells(
  owner: Owner,
  f: VillageFixtures,
  regency: { strapi: AdminClient; medusa: AdminClient },
): Cell[] {
  const strapi = (action: string, run: Cell['run']): Cell => ({ backend: 'strapi', action, owner, run });
  const medusa = (action: string, run: Cell['run']): Cell => ({ backend: 'medusa', action, owner, run });
  const art = `${cm('article')}/${f.articleDoc}`;
  return [
    strapi('list articles', async (c) => {
      const r = await c.call('GET', `${cm('article')}?locale=id&page=1&pageSize=100&sort=updatedAt:desc`);
      return listed(r.status, ids(r.json?.results, 'documentId'), f.articleDoc);
    }),
    strapi('read article', async (c) => byStatus((await c.call('GET', `${art}?locale=id`)).status)),
    strapi('update article', async (c) =>
      byStatus((await c.call('PUT', `${art}?locale=id`, { title: `Diubah ${tag()}` })).status),
    ),
    strapi('publish article', async (c) =>
      byStatus((await c.call('POST', `${art}/actions/publish?locale=id`, {})).status),
    ),
    strapi('create article in village', async (c) => {
      const slug = `buat-${tag()}`;
      const body = { title: `Buat ${slug}`, slug, village: { connect: [{ documentId: f.villageDoc }] } };
      return byStatus((await c.call('POST', `${cm('article')}?locale=id`, body)).status);
    }),
    strapi('delete article', async (c) => {
      const doc = await freshArticle(regency.strapi, f.villageDoc);
      return byStatus((await c.call('DELETE', `${cm('article')}/${doc}?locale=id`)).status);
    }),
    strapi('update village profile', async (c) =>
      byStatus(
        (await c.call('PUT', `${cm('village')}/${f.villageDoc}`, { headName: `Kepala ${tag()}` })).status,
      ),
    ),
    strapi('update budget (APBDes)', async (c) =>
      byStatus(
        (await c.call('PUT', `${cm('budget')}/${f.budget.documentId}`, { year: f.budget.year })).status,
      ),
    ),
    medusa('list products', async (c) => {
      const r = await c.call('GET', '/admin/products?limit=500&fields=id');
      return listed(r.status, ids(r.json?.products, 'id'), f.productId);
    }),
    medusa('read product', async (c) =>
      byStatus((await c.call('GET', `/admin/products/${f.productId}`)).status),
    ),
    medusa('update product', async (c) =>
      byStatus(
        (await c.call('POST', `/admin/products/${f.productId}`, { subtitle: `Matriks ${tag()}` })).status,
      ),
    ),
    medusa('delete product', async (c) => {
      const id = await freshProduct(regency.medusa, f.shop);
      return byStatus((await c.call('DELETE', `/admin/products/${id}`)).status);
    }),
    medusa('read inventory item', async (c) =>
      byStatus((await c.call('GET', `/admin/inventory-items/${f.inventoryItemId}`)).status),
    ),
    medusa('set stock', async (c) => {
      const path = `/admin/inventory-items/${f.inventoryItemId}/location-levels/${f.locationId}`;
      return byStatus((await c.call('POST', path, { stocked_quantity: 50 })).status);
    }),
    medusa('list orders', async (c) => {
      const r = await c.call('GET', '/admin/orders?limit=500&fields=id');
      return listed(r.status, ids(r.json?.orders, 'id'), f.orderId);
    }),
    medusa('read order', async (c) => byStatus((await c.call('GET', `/admin/orders/${f.orderId}`)).status)),
    medusa('read customer of an order', async (c) =>
      byStatus((await c.call('GET', `/admin/customers/${f.customerId}`)).status),
    ),
    medusa('see a proof of payment', async (c) =>
      byStatus((await c.call('GET', `/admin/webdesaku/orders/${f.proofOrderId}/payment-proof`)).status),
    ),
    medusa('set the village bank accounts', async (c) => {
      const account = { bank: 'BRI (contoh)', number: '0000 0101 0000 000', holder: `BUMDes ${f.slug}` };
      const path = `/admin/webdesaku/villages/${f.medusaVillageId}/payment`;
      return byStatus((await c.call('POST', path, { bank_accounts: [account] })).status);
    }),
    medusa('read stock location', async (c) =>
      byStatus((await c.call('GET', `/admin/stock-locations/${f.locationId}`)).status),
    ),
    medusa('read sales channel', async (c) =>
      byStatus((await c.call('GET', `/admin/sales-channels/${f.shop.sales_channel_id}`)).status),
    ),
  ];
}

function settingsCells(context: { storeId: string; storeName: string; roleId: number }): Cell[] {
  const strapi = (action: string, run: Cell['run']): Cell => ({ backend: 'strapi', action, owner: '-', run });
  const medusa = (action: string, run: Cell['run']): Cell => ({ backend: 'medusa', action, owner: '-', run });
  return [
    strapi('create a village', async (c) => {
      const slug = `desa-matriks-${tag()}`;
      return byStatus((await c.call('POST', `${cm('village')}`, { name: `Desa ${slug}`, slug })).status);
    }),
    strapi('create an admin user', async (c) => {
      const body = {
        firstname: 'Uji',
        lastname: 'Matriks',
        email: `uji-${tag()}@contoh.id`,
        roles: [context.roleId],
      };
      return byStatus((await c.call('POST', '/admin/users', body)).status);
    }),
    medusa('list all customers', async (c) => byStatus((await c.call('GET', '/admin/customers')).status)),
    medusa('update store settings', async (c) =>
      byStatus(
        (await c.call('POST', `/admin/stores/${context.storeId}`, { name: context.storeName })).status,
      ),
    ),
    medusa('create a region', async (c) =>
      byStatus(
        (await c.call('POST', '/admin/regions', { name: `Wilayah ${tag()}`, currency_code: 'idr' })).status,
      ),
    ),
    medusa('create a secret API key', async (c) =>
      byStatus((await c.call('POST', '/admin/api-keys', { title: `Kunci ${tag()}`, type: 'secret' })).status),
    ),
    medusa('create a sales channel', async (c) =>
      byStatus((await c.call('POST', '/admin/sales-channels', { name: `Kanal ${tag()}` })).status),
    ),
    medusa('list admin users', async (c) => byStatus((await c.call('GET', '/admin/users')).status)),
    medusa('invite an admin user', async (c) =>
      byStatus((await c.call('POST', '/admin/invites', { email: `undang-${tag()}@contoh.id` })).status),
    ),
    medusa('provision a village shop', async (c) => {
      const slug = `toko-${tag()}`;
      return byStatus(
        (await c.call('POST', '/admin/webdesaku/villages', { slug, name: `Toko ${slug}` })).status,
      );
    }),
  ];
}

export function matrixCells(
  a: VillageFixtures,
  b: VillageFixtures,
  regency: { strapi: AdminClient; medusa: AdminClient },
  context: { storeId: string; storeName: string; roleId: number },
): Cell[] {
  return [...villageCells('A', a, regency), ...villageCells('B', b, regency), ...settingsCells(context)];
}
