import type { H3Event } from 'h3';
import type { PaymentDetails, VillageCart } from '#shared/types/commerce';
import { BackendError } from './backend-http';
import { readCartIds, writeCartIds } from './cart-cookie';
import { shopVillage } from './lapak';
import { useMedusa } from './medusa';
import { mapCart } from './medusa-mappers';
import { obj } from './raw';

export async function villageKey(
  slug: string,
): Promise<{ key: string; name: string; salesChannelId: string | null; payment: PaymentDetails }> {
  const shop = await shopVillage(slug);
  if (!shop.publishableKey) throw new BackendError('medusa', 404, `village ${slug} has no shop`);
  return {
    key: shop.publishableKey,
    name: shop.name,
    salesChannelId: shop.salesChannelId,
    payment: shop.payment,
  };
}

/**
 * The open cart this browser holds for the village, or null. A cookie can name any cart id, and
 * Medusa's store API serves a cart under another village's key: only a cart of this village's
 * own sales channel counts.
 */
export async function villageCart(
  event: H3Event,
  slug: string,
  { completed = false } = {},
): Promise<{
  key: string;
  name: string;
  id: string;
  payment: PaymentDetails;
  raw: Record<string, unknown>;
} | null> {
  const id = readCartIds(event)[slug];
  if (!id) return null;
  const { key, name, salesChannelId, payment } = await villageKey(slug);
  const raw = await useMedusa().cart(key, id);
  if (!raw || (raw.completed_at && !completed)) return null;
  if (!salesChannelId || raw.sales_channel_id !== salesChannelId) return null;
  return { key, name, id, payment, raw };
}

/** Every open cart of this browser, grouped by village; finished or vanished carts leave the cookie. */
export async function loadCarts(event: H3Event): Promise<VillageCart[]> {
  const ids = readCartIds(event);
  const medusa = useMedusa();
  const entries = await Promise.all(
    Object.keys(ids).map(async (slug) => {
      const cart = await villageCart(event, slug);
      return [slug, cart ? mapCart(cart.raw, { slug, name: cart.name }, medusa.base) : null] as const;
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
  const existing = await villageCart(event, slug);
  if (existing) return existing;
  const { key } = await villageKey(slug);
  const created = await useMedusa().createCart(key);
  const id = String(obj(created)?.id ?? '');
  writeCartIds(event, { ...readCartIds(event), [slug]: id });
  return { key, id, raw: created };
}
