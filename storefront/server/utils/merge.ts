import type { Lapak } from '#shared/types/commerce';
import type { Fresh } from './tagged-cache';
import { DEGRADED_MS } from './data-cache';
import { UNAVAILABLE } from './lapak';

/**
 * Joins the information part (Strapi; required) with the lapak part (Medusa; optional).
 * Both run in parallel. Without the information part there is no page (404/503, and the
 * cache keeps serving the stale copy); without the lapak the page renders with the lapak
 * marked unavailable and is cached only briefly so it recovers soon after Medusa returns.
 */
export async function mergeWithLapak<C extends object>(
  content: Promise<C>,
  lapak: Promise<Lapak>,
  warn: (message: string) => void = (m) => console.warn(m),
): Promise<Fresh<C & { lapak: Lapak }>> {
  const [info, shop] = await Promise.allSettled([content, lapak]);
  if (info.status === 'rejected') throw info.reason;
  // An empty lapak is kept only briefly too: right after a village's shop is provisioned (or while
  // Medusa is catching up) the list can be empty for a moment, and that must not stick for minutes.
  if (shop.status === 'fulfilled') {
    const value = { ...info.value, lapak: shop.value };
    return shop.value.products.length ? { value } : { value, maxAge: DEGRADED_MS };
  }
  warn(`[storefront] lapak unavailable: ${String(shop.reason)}`);
  return { value: { ...info.value, lapak: UNAVAILABLE }, maxAge: DEGRADED_MS };
}
