import type { Lapak, ProductSummary } from '#shared/types/commerce';
import type { MedusaClient } from './medusa';
import type { ShopVillage } from './medusa-mappers';
import { cachedData } from './data-cache';
import { useMedusa } from './medusa';
import { BackendError } from './backend-http';
import { villageTag } from '@webdesaku/contracts';

export const UNAVAILABLE: Lapak = { available: false, products: [], count: 0 };

/**
 * The village's shop (publishable key); cached so a page needs one Medusa call, not two. Tagged
 * with the village only: a product, stock or price change leaves the key as it is, so a products
 * purge refetches the product list alone instead of two Medusa calls in a row.
 */
export function shopVillage(slug: string, medusa: MedusaClient = useMedusa()): Promise<ShopVillage> {
  return cachedData(`shop:${slug}`, [villageTag(slug)], async () => ({
    value: await medusa.village(slug),
  }));
}

/** The village's newest products (its home page), with its shop in the same call. */
export async function loadLapak(
  slug: string,
  query: { limit?: number; offset?: number },
  medusa: MedusaClient = useMedusa(),
): Promise<Lapak<ProductSummary>> {
  const list = await medusa.villageProducts(slug, query).catch((error) => {
    if (error instanceof BackendError && error.notFound) return null; // village exists but has no shop yet
    throw error;
  });
  if (!list || !list.shop.active) return { available: true, products: [], count: 0 };
  return { available: true, products: list.products, count: list.count };
}
