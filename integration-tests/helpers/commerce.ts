// Medusa fixtures for checkout tests: a village's shop, one of its variants, and its stock.
import type { AdminClient } from './admin';
import { request } from './http';

export interface Shop {
  slug: string;
  sales_channel_id: string;
  publishable_key: string;
}

export async function shopOf(commerceBase: string, slug: string): Promise<Shop> {
  const answer = await request(`${commerceBase}/webdesaku/villages/${slug}`);
  if (answer.status !== 200) throw new Error(`no shop for ${slug}: ${answer.status} ${answer.body}`);
  return JSON.parse(answer.body).village;
}

/** A product of the shop with its first variant, as the store API sells it. */
export async function variantOf(commerceBase: string, shop: Shop, index = 0) {
  const answer = await request(`${commerceBase}/store/products?limit=20&fields=id,handle,title,*variants`, {
    headers: { 'x-publishable-api-key': shop.publishable_key },
  });
  const product = JSON.parse(answer.body).products[index];
  return {
    productId: product.id as string,
    handle: product.handle as string,
    variantId: product.variants[0].id as string,
  };
}

/** Sets how many units of a variant the village's own stock location holds; returns its inventory item. */
export async function setStock(
  admin: AdminClient,
  shop: Shop,
  productId: string,
  variantId: string,
  quantity: number,
) {
  const variant = await admin.call(
    'GET',
    `/admin/products/${productId}/variants/${variantId}?fields=*inventory_items`,
  );
  const itemId: string = variant.json.variant.inventory_items[0].inventory_item_id;
  const locations = await admin.call(
    'GET',
    `/admin/stock-locations?sales_channel_id[]=${shop.sales_channel_id}&fields=id`,
  );
  const locationId: string = locations.json.stock_locations[0].id;
  const set = await admin.call('POST', `/admin/inventory-items/${itemId}/location-levels/${locationId}`, {
    stocked_quantity: quantity,
  });
  if (set.status >= 300) throw new Error(`stock not set: ${set.status} ${set.body}`);
  return { itemId, locationId };
}

export async function stockLevel(admin: AdminClient, itemId: string, locationId: string) {
  const levels = await admin.call(
    'GET',
    `/admin/inventory-items/${itemId}/location-levels?location_id[]=${locationId}`,
  );
  const level = levels.json.inventory_levels[0];
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) };
}

export async function ordersByEmail(admin: AdminClient, email: string) {
  const answer = await admin.call(
    'GET',
    `/admin/orders?q=${encodeURIComponent(email)}&fields=id,email&limit=50`,
  );
  return (answer.json.orders as { id: string; email: string }[]).filter((o) => o.email === email);
}
