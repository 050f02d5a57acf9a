import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { villageService } from './villages';

type Row = Record<string, any>;

async function graph(
  container: MedusaContainer,
  entity: string,
  fields: string[],
  id: string,
): Promise<Row | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity, fields, filters: { id } });
  return data[0] as Row | undefined;
}

async function channelsOf(
  container: MedusaContainer,
  eventName: string,
  id: string,
): Promise<string[] | null> {
  const ids = (rows: Row[] | undefined) => (rows ?? []).map((c) => c?.id).filter(Boolean) as string[];
  if (eventName.startsWith('product-variant.')) {
    const variant = await graph(container, 'product_variant', ['product.sales_channels.id'], id);
    return variant ? ids(variant.product?.sales_channels) : null;
  }
  if (eventName.startsWith('product.')) {
    const product = await graph(container, 'product', ['sales_channels.id'], id);
    return product ? ids(product.sales_channels) : null;
  }
  if (eventName.startsWith('inventory-item.')) {
    const item = await graph(container, 'inventory_item', ['variants.product.sales_channels.id'], id);
    return item ? (item.variants ?? []).flatMap((v: Row) => ids(v?.product?.sales_channels)) : null;
  }
  return null;
}

/**
 * The villages whose product pages an event touches. null when it cannot be told
 * (e.g. the product is already deleted): then every village is purged.
 */
export async function villageSlugsForEvent(
  container: MedusaContainer,
  eventName: string,
  id: string,
): Promise<string[]> {
  const villages = await villageService(container).listVillages({});
  if (eventName.startsWith('inventory-level.')) {
    const level = await graph(container, 'inventory_level', ['location_id'], id);
    if (level) return villages.filter((v) => v.stock_location_id === level.location_id).map((v) => v.slug);
    return villages.map((v) => v.slug);
  }
  // A channel enabled or disabled opens or closes its village's shop (the regency market lists open shops).
  if (eventName.startsWith('sales-channel.')) {
    return villages.filter((v) => v.sales_channel_id === id).map((v) => v.slug);
  }
  const channels = await channelsOf(container, eventName, id);
  if (!channels) return villages.map((v) => v.slug);
  return villages
    .filter((v) => v.sales_channel_id && channels.includes(v.sales_channel_id))
    .map((v) => v.slug);
}
