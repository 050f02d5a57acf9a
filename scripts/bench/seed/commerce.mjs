// Regency bench seed for Medusa, run by `medusa exec` from commerce/ (so the app's modules and our
// plugin are loaded): one shop per village through the plugin's provisioning, then the village's
// products in one createProductsWorkflow batch, stocked at the village's own location.
// Resumable: villages already provisioned and products whose handle exists are skipped.
// Env: BENCH_VILLAGES (how many villages), BENCH_SHOPS_FILE (where to write slug → shop ids).
import { writeFileSync } from 'node:fs';
import { ContainerRegistrationKeys, Modules, ProductStatus } from '@medusajs/framework/utils';
import { createInventoryLevelsWorkflow, createProductsWorkflow } from '@medusajs/medusa/core-flows';
import { refreshMarket } from 'medusa-plugin-webdesaku/lib/market/refresh-market';
import { provisionVillage } from 'medusa-plugin-webdesaku/lib/provision';
import { villageService } from 'medusa-plugin-webdesaku/lib/villages';
import { report } from '../progress.mjs';
import { PER_VILLAGE, regency } from '../regency.mjs';
import { villageProducts } from '../catalog.mjs';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);

async function inPool(items, size, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: size }, worker));
}

/** Products already in the village's channel, bench-made or not (the demo seed's count too). */
async function channelHandles(query, salesChannelId) {
  const { data: links } = await query.graph({
    entity: 'product_sales_channel',
    fields: ['product_id'],
    filters: { sales_channel_id: salesChannelId },
  });
  if (!links.length) return new Set();
  const { data } = await query.graph({
    entity: 'product',
    fields: ['handle'],
    filters: { id: links.map((l) => l.product_id) },
  });
  return new Set(data.map((p) => p.handle));
}

async function stock(container, locationId, productIds, byHandle) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: ['handle', 'variants.inventory_items.inventory_item_id'],
    filters: { id: productIds },
  });
  const levels = data.flatMap((p) =>
    (p.variants ?? []).flatMap((v) =>
      (v?.inventory_items ?? []).map((link) => ({
        inventory_item_id: link.inventory_item_id,
        location_id: locationId,
        stocked_quantity: byHandle.get(p.handle)?.stock ?? 10,
      })),
    ),
  );
  if (levels.length)
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } });
}

async function seedProducts(container, shop, village, ctx) {
  const have = await channelHandles(ctx.query, shop.sales_channel_id);
  const items = villageProducts(village);
  const own = items.filter((item) => have.has(item.handle)).length;
  const room = Math.max(0, PER_VILLAGE.products - (have.size - own));
  const missing = items.slice(0, room).filter((item) => !have.has(item.handle));
  if (!missing.length) return 0;
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((item, i) => {
        const image = ctx.images.length ? ctx.images[(ctx.hash(item.handle) + i) % ctx.images.length] : null;
        return {
          title: item.title,
          handle: item.handle,
          description: item.description,
          status: ProductStatus.PUBLISHED,
          ...(image ? { thumbnail: image, images: [{ url: image }] } : {}),
          shipping_profile_id: ctx.profileId,
          sales_channels: [{ id: shop.sales_channel_id }],
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
        };
      }),
    },
  });
  await stock(
    container,
    shop.stock_location_id,
    result.map((p) => p.id),
    new Map(missing.map((m) => [m.handle, m])),
  );
  return result.length;
}

export default async function benchSeedCommerce({ container }) {
  const count = Number(process.env.BENCH_VILLAGES ?? 183);
  const { villages } = regency(count);
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: 'default' });
  // Pictures the demo seed uploaded are reused: 9,000 products need no 9,000 new files.
  const withImages = await container
    .resolve(Modules.PRODUCT)
    .listProducts({}, { select: ['thumbnail'], take: 100 });
  const images = [...new Set(withImages.map((p) => p.thumbnail).filter(Boolean))].sort();
  const hash = (text) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 0);
  const ctx = { query, images, hash, profileId: profile.id };

  const existing = new Map((await villageService(container).listVillages({})).map((v) => [v.slug, v]));
  const shops = {};
  let done = 0;
  report('toko', 0, villages.length);
  await inPool(villages, CONCURRENCY, async (village) => {
    let shop = existing.get(village.slug);
    if (!shop || shop.status !== 'active') {
      shop = await provisionVillage(container, {
        slug: village.slug,
        name: village.name,
        whatsapp: village.whatsapp,
      });
    }
    shops[village.slug] = {
      sales_channel_id: shop.sales_channel_id,
      publishable_key: shop.publishable_key,
      status: shop.status,
    };
    report('toko', ++done, villages.length);
  });
  if (process.env.BENCH_SHOPS_FILE)
    writeFileSync(process.env.BENCH_SHOPS_FILE, JSON.stringify(shops, null, 1));

  done = 0;
  let created = 0;
  const total = villages.length * PER_VILLAGE.products;
  report('produk', 0, total);
  await inPool(villages, CONCURRENCY, async (village) => {
    const shop = (await villageService(container).listVillages({ slug: village.slug }))[0];
    const made = await seedProducts(container, shop, village, ctx);
    created += made;
    done += PER_VILLAGE.products;
    report('produk', done, total, { created });
  });
  // The market's read model now, not from the product events: this process ends before them.
  await refreshMarket(container);
}
