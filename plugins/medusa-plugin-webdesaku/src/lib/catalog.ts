import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, MathBN, Modules, QueryContext } from '@medusajs/framework/utils';
import { REGION } from './constants';

/** What a guest's product card needs, as `GET /store/products` names it. */
export const CATALOG_FIELDS = [
  'id',
  'handle',
  'title',
  'thumbnail',
  'created_at',
  'variants.id',
  'variants.manage_inventory',
  'variants.allow_backorder',
  'variants.calculated_price.*',
  'variants.inventory_items.inventory_item_id',
  'variants.inventory_items.required_quantity',
];

/** The Indonesia region a guest's prices are calculated in (read through the caching module). */
export async function guestRegion(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph(
    { entity: 'region', fields: ['id', 'currency_code'], filters: { currency_code: REGION.currency_code } },
    { cache: { enable: true } },
  );
  return data[0] as { id: string; currency_code: string } | undefined;
}

export const guestPriceContext = (region: { id: string; currency_code: string }) => ({
  variants: {
    calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }),
  },
});

export interface VillageProductPage {
  limit: number;
  offset: number;
  /** Only these of the village's products (e.g. one producer's). */
  only?: string[];
}

/**
 * The village's published products, newest first, with what `GET /store/products` gives a guest
 * in rupiah for the same fields: `calculated_price` in the Indonesia region and
 * `inventory_quantity` counted at the stock locations of the village's sales channel only.
 * One call instead of the storefront's two in a row (publishable key lookup, then the store list),
 * and none of the store route's per-request work that a guest's product list does not need.
 */
export async function listVillageProducts(
  container: MedusaContainer,
  salesChannelId: string,
  { limit, offset, only }: VillageProductPage,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  // Only the region is read through Medusa's caching module (when it is on): the link rows are
  // read fresh, as the store API reads them, so a new product or location shows at once.
  const [region, { data: links }, { data: channelLocations }] = await Promise.all([
    guestRegion(container),
    query.graph({
      entity: 'product_sales_channel',
      fields: ['product_id'],
      filters: { sales_channel_id: salesChannelId },
    }),
    query.graph({
      entity: 'sales_channel_locations',
      fields: ['stock_location_id'],
      filters: { sales_channel_id: salesChannelId },
    }),
  ]);
  const ids = (links as { product_id: string }[])
    .map((link) => link.product_id)
    .filter((id) => !only || only.includes(id));
  if (!region || ids.length === 0) return { products: [], count: 0 };

  const { data, metadata } = await query.graph(
    {
      entity: 'product',
      fields: CATALOG_FIELDS,
      filters: { id: ids, status: 'published' },
      pagination: { skip: offset, take: limit, order: { created_at: 'DESC' } },
      context: guestPriceContext(region),
    },
    { cache: { enable: true } },
  );
  const products = data as unknown as CatalogProduct[];
  const locations = (channelLocations as { stock_location_id: string }[]).map((l) => l.stock_location_id);
  await addInventoryQuantities(container, products, () => locations);
  return { products, count: metadata?.count ?? products.length };
}

type CatalogVariant = {
  id: string;
  manage_inventory?: boolean;
  inventory_quantity?: number | null;
  inventory_items?: { inventory_item_id: string; required_quantity: number }[];
};
export type CatalogProduct = { id: string; variants?: CatalogVariant[] };

/**
 * `inventory_quantity` as the store API counts it (Medusa's getVariantAvailability): per
 * inventory item, the stock available at the channel's locations divided by the quantity one
 * unit needs, the smallest of those; only for variants whose inventory is managed. One read of
 * the inventory levels instead of loading every item with all its levels.
 */
export async function addInventoryQuantities(
  container: MedusaContainer,
  products: CatalogProduct[],
  locationsOf: (product: CatalogProduct) => string[],
) {
  const variants = products.flatMap((p) => p.variants ?? []);
  const itemIds = [
    ...new Set(variants.flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))),
  ];
  const allLocations = [...new Set(products.flatMap(locationsOf))];
  // Stock per item and location, so products of different villages each count their own.
  const available = new Map<string, number>();
  if (itemIds.length && allLocations.length) {
    const levels = await container
      .resolve(Modules.INVENTORY)
      .listInventoryLevels({ inventory_item_id: itemIds, location_id: allLocations });
    for (const level of levels) {
      const key = `${level.inventory_item_id} ${level.location_id}`;
      available.set(key, (available.get(key) ?? 0) + MathBN.convert(level.available_quantity).toNumber());
    }
  }
  const atLocations = (itemId: string, locations: string[]) =>
    locations.reduce((sum, location) => sum + (available.get(`${itemId} ${location}`) ?? 0), 0);
  for (const product of products) {
    const locations = locationsOf(product);
    for (const variant of product.variants ?? []) {
      const items = variant.inventory_items ?? [];
      delete variant.inventory_items;
      if (!variant.manage_inventory) continue;
      variant.inventory_quantity = items.length
        ? Math.min(
            ...items.map((i) =>
              Math.floor(atLocations(i.inventory_item_id, locations) / i.required_quantity),
            ),
          )
        : null;
    }
  }
}
