import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules, ProductStatus } from '@medusajs/framework/utils';
import { createInventoryLevelsWorkflow, createProductsWorkflow } from '@medusajs/medusa/core-flows';
import type { ProvisionedVillage } from './villages';

let counter = 0;

/** A published one-variant product of the village, priced in rupiah and stocked at its location. */
export async function createVillageProduct(
  container: MedusaContainer,
  village: ProvisionedVillage,
  {
    price = 15000,
    stock = 10,
    title,
    description,
    status = ProductStatus.PUBLISHED,
    categoryIds,
    prices,
  }: {
    price?: number;
    stock?: number;
    title?: string;
    description?: string;
    status?: ProductStatus;
    categoryIds?: string[];
    /** Instead of one rupiah price: e.g. a region's price or a price from a quantity up. */
    prices?: {
      currency_code: string;
      amount: number;
      min_quantity?: number;
      rules?: Record<string, string>;
    }[];
  } = {},
) {
  counter += 1;
  const handle = `${village.slug}-produk-${counter}-${Date.now()}`;
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: 'default' });
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: title ?? `Produk ${counter} Desa ${village.name}`,
          description,
          handle,
          status,
          category_ids: categoryIds,
          shipping_profile_id: profile.id,
          sales_channels: [{ id: village.sales_channel_id }],
          options: [{ title: 'Ukuran', values: ['Standar'] }],
          variants: [
            {
              title: 'Standar',
              sku: handle.toUpperCase(),
              manage_inventory: true,
              options: { Ukuran: 'Standar' },
              prices: prices ?? [{ currency_code: 'idr', amount: price }],
            },
          ],
        },
      ],
    },
  });
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product_variant',
    fields: ['id', 'inventory_items.inventory_item_id'],
    filters: { product_id: result[0].id },
  });
  const variant = data[0] as unknown as { id: string; inventory_items: { inventory_item_id: string }[] };
  const inventoryItemId = variant.inventory_items[0].inventory_item_id;
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: inventoryItemId,
          location_id: village.stock_location_id,
          stocked_quantity: stock,
        },
      ],
    },
  });
  return { product: result[0], variantId: variant.id, inventoryItemId };
}
