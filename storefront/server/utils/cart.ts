import type { H3Event } from 'h3';
import type { VillageCart } from '#shared/types/commerce';
import { BackendError } from './backend-http';
import { readCartIds, writeCartIds } from './cart-cookie';
import { shopVillage } from './lapak';
import { useMedusa } from './medusa';
import { mapCart } from './medusa-mappers';
import { obj } from './raw';

export async function villageKey(slug: string): Promise<{ key: string; name: string }> {
  const shop = await shopVillage(slug);
  if (!shop.publishableKey) throw new BackendError('medusa', 404, `village ${slug} has no shop`);
  return { key: shop.publishableKey, name: shop.name };
}

/** Every open cart of this browser, grouped by village; finished or vanished carts leave the cookie. */
export async function loadCarts(event: H3Event): Promise<VillageCart[]> {
  const ids = readCartIds(event);
  const medusa = useMedusa();
  const entries = await Promise.all(
    Object.entries(ids).map(async ([slug, id]) => {
      const { key, name } = await villageKey(slug);
      const raw = await medusa.cart(key, id);
      if (!raw || raw.completed_at) return [slug, null] as const;
      return [slug, mapCart(raw, { slug, name }, medusa.base)] as const;
    }),
  );
  const alive = entries.filter((e): e is readonly [string, VillageCart] => !!e[1] && e[1].lines.length > 0);
  const stale = entries.filter(([, cart]) => !cart).map(([slug]) => slug);
  if (stale.length)
    writeCartIds(event, Object.fromEntries(Object.entries(ids).filter(([slug]) => !stale.includes(slug))));
  return alive.map(([, cart]) => cart);
}

/** The open cart of one village, created on first use. */
export async function openCart(
  event: H3Event,
  slug: string,
): Promise<{ key: string; id: string; raw: Record<string, unknown> }> {
  const { key } = await villageKey(slug);
  const medusa = useMedusa();
  const ids = readCartIds(event);
  const existing = ids[slug] ? await medusa.cart(key, ids[slug]) : null;
  if (existing && !existing.completed_at) return { key, id: String(existing.id), raw: existing };
  const created = await medusa.createCart(key);
  const id = String(obj(created)?.id ?? '');
  writeCartIds(event, { ...ids, [slug]: id });
  return { key, id, raw: created };
}
