// What the matrix acts on, made by the regency admin through the real admin APIs: per village an
// article, its budget, a product with stock, an order and its customer; fresh copies for deletes.
import { randomBytes } from 'node:crypto';
import { cm, villageDocumentId, type AdminClient } from './admin';
import { setStock, shopOf, variantOf, type Shop } from './commerce';
import { request } from './http';
import { solidPng } from './images';
import { pickupCodFields, Shopper } from './shopper';

export interface VillageFixtures {
  slug: string;
  villageDoc: string;
  articleDoc: string;
  budget: { documentId: string; year: number };
  shop: Shop;
  productId: string;
  inventoryItemId: string;
  locationId: string;
  orderId: string;
  customerId: string;
  /** the village's id in Medusa (payment details are set on it) */
  medusaVillageId: string;
  /** a transfer order whose shopper sent a proof of payment */
  proofOrderId: string;
}

const tag = () => randomBytes(3).toString('hex');

export async function freshArticle(strapi: AdminClient, villageDoc: string) {
  const slug = `matriks-${tag()}`;
  const answer = await strapi.call('POST', `${cm('article')}?locale=id`, {
    title: `Matriks ${slug}`,
    slug,
    village: { connect: [{ documentId: villageDoc }] },
  });
  if (answer.status >= 300) throw new Error(`article fixture: ${answer.status} ${answer.body}`);
  return answer.json.data.documentId as string;
}

export async function freshProduct(medusa: AdminClient, shop: Shop) {
  const answer = await medusa.call('POST', '/admin/products', {
    title: `Produk Matriks ${tag()}`,
    sales_channels: [{ id: shop.sales_channel_id }],
    options: [{ title: 'Ukuran', values: ['Standar'] }],
    variants: [
      { title: 'Standar', options: { Ukuran: 'Standar' }, prices: [{ currency_code: 'idr', amount: 1000 }] },
    ],
  });
  if (answer.status >= 300) throw new Error(`product fixture: ${answer.status} ${answer.body}`);
  return answer.json.product.id as string;
}

/** A transfer order (the demo seed gives every demo village an account) and its proof photo. */
async function transferOrderWithProof(storefront: string, slug: string, variantId: string) {
  const shopper = new Shopper(storefront);
  await shopper.addToCart(slug, variantId, 1);
  const pickup = (await shopper.shippingOptions(slug)).find((o) => o.pickup)!;
  const fields = {
    ...pickupCodFields('Pembeli Transfer', `matriks-${tag()}@contoh.id`, pickup.id),
    payment: 'transfer',
  };
  const placed = await shopper.placeOrder(slug, fields);
  if (!placed.ok) throw new Error(`transfer order fixture for ${slug}: ${JSON.stringify(placed)}`);
  const sent = await shopper.sendProof(placed.orderId!, solidPng(40, 30, [200, 120, 40]));
  if (!sent.ok) throw new Error(`proof fixture for ${slug}: ${JSON.stringify(sent)}`);
  return placed.orderId!;
}

export async function villageFixtures(
  urls: { cms: string; commerce: string; storefront: string },
  strapi: AdminClient,
  medusa: AdminClient,
  slug: string,
): Promise<VillageFixtures> {
  const villageDoc = await villageDocumentId(urls.cms, slug);
  const articleDoc = await freshArticle(strapi, villageDoc);
  const budgets = await request(
    `${urls.cms}/api/webdesaku/budgets?filters[village][slug][$eq]=${slug}&fields[0]=year`,
  );
  const [budget] = JSON.parse(budgets.body).data;
  const shop = await shopOf(urls.commerce, slug);
  const { productId, variantId } = await variantOf(urls.commerce, shop, 0);
  const { itemId, locationId } = await setStock(medusa, shop, productId, variantId, 50);

  const shopper = new Shopper(urls.storefront);
  await shopper.addToCart(slug, variantId, 1);
  const pickup = (await shopper.shippingOptions(slug)).find((o) => o.pickup)!;
  const placed = await shopper.placeOrder(
    slug,
    pickupCodFields('Pembeli Matriks', `matriks-${tag()}@contoh.id`, pickup.id),
  );
  if (!placed.ok) throw new Error(`order fixture for ${slug}: ${JSON.stringify(placed)}`);
  const order = await medusa.call('GET', `/admin/orders/${placed.orderId}?fields=id,customer_id`);
  const proofOrderId = await transferOrderWithProof(urls.storefront, slug, variantId);
  const villages = await medusa.call('GET', '/admin/webdesaku/villages');
  const medusaVillage = villages.json.villages.find((v: { slug: string }) => v.slug === slug);
  return {
    slug,
    villageDoc,
    articleDoc,
    budget: { documentId: budget.documentId, year: budget.year },
    shop,
    productId,
    inventoryItemId: itemId,
    locationId,
    orderId: placed.orderId!,
    customerId: order.json.order.customer_id,
    medusaVillageId: medusaVillage.id,
    proofOrderId,
  };
}
