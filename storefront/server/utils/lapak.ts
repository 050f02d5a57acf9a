import type { Lapak, ProductSummary } from '#shared/types/commerce';
import type { MedusaClient, ProductSort } from './medusa';
import type { ShopVillage } from './medusa-mappers';
import { cachedData } from './data-cache';
import { useMedusa } from './medusa';
import { BackendError } from './backend-http';

export const UNAVAILABLE: Lapak = { available: false, products: [], count: 0 };

/**
 * The village's shop (publishable key); cached so a page needs one Medusa call, not two. Tagged
 * with the village only: a product, stock or price change leaves the key as it is, so a products
 * purge refetches the product list alone instead of two Medusa calls in a row.
 */
export function shopVillage(slug: string, medusa: MedusaClient = useMedusa()): Promise<ShopVillage> {
  return cachedData(`shop:${slug}`, [`village:${slug}`], async () => ({
    value: await medusa.village(slug),
  }));
}

export interface LapakQuery {
  limit?: number;
  offset?: number;
  sort?: ProductSort;
  categoryId?: string;
  search?: string;
}

export async function loadLapak(
  slug: string,
  query: LapakQuery,
  medusa: MedusaClient = useMedusa(),
): Promise<Lapak<ProductSummary>> {
  const noShop = (error: unknown) => {
    if (error instanceof BackendError && error.notFound) return null; // village exists but has no shop yet
    throw error;
  };
  // The plain newest-first list (village home, kecamatan page) comes with the shop in one call.
  if ((query.sort ?? 'newest') === 'newest' && !query.categoryId && !query.search) {
    const list = await medusa.villageProducts(slug, query).catch(noShop);
    if (!list || !list.shop.active) return { available: true, products: [], count: 0 };
    return { available: true, products: list.products, count: list.count };
  }
  const shop = await shopVillage(slug, medusa).catch(noShop);
  if (!shop || !shop.active || !shop.publishableKey) return { available: true, products: [], count: 0 };
  const { products, count } = await medusa.products(shop.publishableKey, slug, query);
  return { available: true, products, count };
}
