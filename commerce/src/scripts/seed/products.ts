import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules, ProductStatus } from '@medusajs/framework/utils';
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from '@medusajs/medusa/core-flows';
import type { DemoProduct } from './catalog';
import { productImage } from './image';

type Village = { slug: string; name: string; sales_channel_id: string; stock_location_id: string };

/** Creates the products a village does not have yet (by handle), priced and stocked. */
export async function seedProducts(
  container: MedusaContainer,
  village: Village,
  items: DemoProduct[],
  categories: Map<string, string>,
) {
  const products = container.resolve(Modules.PRODUCT);
  const existing = await products.listProducts(
    { handle: items.map((i) => i.handle) },
    { select: ['handle'] },
  );
  const have = new Set(existing.map((p) => p.handle));
  const missing = items.filter((item) => !have.has(item.handle));
  if (!missing.length) return 0;
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: 'default' });

  const images = await Promise.all(missing.map((item, i) => productImage(item.title, village.name, i)));
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: missing.map((item, i) => ({
        filename: `${item.handle}.webp`,
        mimeType: 'image/webp',
        content: images[i].toString('base64'),
        access: 'public' as const,
      })),
    },
  });

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((item, i) => ({
        title: item.title,
        handle: item.handle,
        description: item.description,
        status: ProductStatus.PUBLISHED,
        category_ids: categories.has(item.category) ? [categories.get(item.category)!] : [],
        thumbnail: files[i].url,
        images: [{ url: files[i].url }],
        shipping_profile_id: profile.id,
        sales_channels: [{ id: village.sales_channel_id }],
        options: [{ title: 'Ukuran', values: ['Standar'] }],
        variants: [
          {
            title: 'Standar',
            sku: item.handle.toUpperCase(),
            manage_inventory: true,
            options: { Ukuran: 'Standar' },
            prices: [{ currency_code: 'idr', amount: item.price }],
          },
        ],
      })),
    },
  });
  await stockAtVillage(
    container,
    village.stock_location_id,
    created.map((p) => p.id),
    missing,
  );
  return created.length;
}

async function stockAtVillage(
  container: MedusaContainer,
  locationId: string,
  productIds: string[],
  items: DemoProduct[],
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: ['handle', 'variants.inventory_items.inventory_item_id'],
    filters: { id: productIds },
  });
  const stockByHandle = new Map(items.map((item) => [item.handle, item.stock]));
  const rows = data as unknown as {
    handle: string;
    variants: { inventory_items: { inventory_item_id: string }[] }[];
  }[];
  const levels = rows.flatMap((product) =>
    product.variants.flatMap((variant) =>
      variant.inventory_items.map((link) => ({
        inventory_item_id: link.inventory_item_id,
        location_id: locationId,
        stocked_quantity: stockByHandle.get(product.handle) ?? 10,
      })),
    ),
  );
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } });
}
