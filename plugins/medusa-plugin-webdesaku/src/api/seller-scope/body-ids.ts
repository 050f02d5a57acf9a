import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { deny } from './deny';
import {
  requireFulfillmentOf,
  requireInventoryItems,
  requireLocationLevels,
  requireOrder,
  requireOrderLineItems,
  requirePayment,
  requirePaymentCollection,
  requireProducers,
  requireReservation,
  requireShippingOption,
} from './ownership';
import type { ScopeContext } from './types';

// Medusa ids: a prefix (`prod`, `pay_col`), an underscore and a ULID.
const MEDUSA_ID = /^([a-z]+(?:_[a-z]+)*)_[0-9A-HJKMNP-TV-Z]{26}$/;

// Regency-wide records any village may name (categories, types, tags, collections, shipping
// profiles, return and refund reasons): naming one changes nothing of another village.
const SHARED = new Set(['pcat', 'ptyp', 'ptag', 'pcol', 'sp', 'rr', 'refr']);

// Parts of one product: an id of this kind must belong to the product in the URL.
const PRODUCT_PARTS = new Set(['variant', 'img', 'opt', 'optval', 'price']);

/** Every id-shaped string anywhere in the body, keys included (batch bodies key by id too). */
export function idsIn(body: unknown, found = new Set<string>()): Set<string> {
  if (typeof body === 'string') {
    if (MEDUSA_ID.test(body)) found.add(body);
  } else if (Array.isArray(body)) body.forEach((item) => idsIn(item, found));
  else if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (MEDUSA_ID.test(key)) found.add(key);
      idsIn(value, found);
    }
  }
  return found;
}

type Row = Record<string, any>;

/** The ids of a product's own parts: variants, images, options and their values, variant prices. */
async function partsOf(ctx: ScopeContext, productId: string): Promise<Set<string>> {
  const query = ctx.req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: ['id', 'variants.id', 'variants.prices.id', 'images.id', 'options.id', 'options.values.id'],
    filters: { id: productId },
  });
  const product = (data as Row[])[0] ?? {};
  const ids = new Set<string>();
  for (const v of product.variants ?? []) {
    ids.add(v.id);
    for (const p of v.prices ?? []) ids.add(p.id);
  }
  for (const i of product.images ?? []) ids.add(i.id);
  for (const o of product.options ?? []) {
    ids.add(o.id);
    for (const value of o.values ?? []) ids.add(value.id);
  }
  return ids;
}

/**
 * Deny by default for every id in a seller's write: Medusa's batch and link routes act on whatever
 * ids the body lists, whatever the URL names. Each id must be a part of the product in the URL
 * (`ctx.productId`), a record of the village's own (its channel, location, inventory items and
 * levels, orders with their lines, fulfilments and payments, reservations, shipping options,
 * producers), or a regency-wide record; any other kind or owner is refused.
 */
export async function requireOwnBodyIds(ctx: ScopeContext): Promise<void> {
  await requireOwnIds(ctx, [...idsIn(ctx.req.body)]);
}

/** The same rule for the ids a path names below the product or order the rule checked. */
export async function requireOwnPathIds(ctx: ScopeContext, rest: string): Promise<void> {
  await requireOwnIds(
    ctx,
    rest.split('/').filter((segment) => MEDUSA_ID.test(segment)),
  );
}

async function requireOwnIds(ctx: ScopeContext, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const productId = ctx.productId ?? null;
  const byKind = new Map<string, string[]>();
  for (const id of ids) {
    const kind = MEDUSA_ID.exec(id)![1]!;
    byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  }
  const parts =
    productId && [...byKind.keys()].some((k) => PRODUCT_PARTS.has(k)) ? await partsOf(ctx, productId) : null;
  const urlOrder = ctx.orderId;
  for (const [kind, list] of byKind) {
    if (SHARED.has(kind)) continue;
    if (PRODUCT_PARTS.has(kind)) {
      if (list.some((id) => !parts?.has(id))) deny(ctx.village, 'Data yang disebut di permintaan ini');
      continue;
    }
    switch (kind) {
      case 'prod':
        if (list.some((id) => id !== productId)) deny(ctx.village, 'Produk yang disebut');
        break;
      case 'sc':
        if (list.some((id) => id !== ctx.village.sales_channel_id))
          deny(ctx.village, 'Saluran penjualan ini');
        break;
      case 'sloc':
        if (list.some((id) => id !== ctx.village.stock_location_id)) deny(ctx.village, 'Lokasi stok ini');
        break;
      case 'iitem':
        await requireInventoryItems(ctx, list);
        break;
      case 'ilev':
        await requireLocationLevels(ctx, list);
        break;
      case 'resitem':
        for (const id of list) await requireReservation(ctx, id);
        break;
      case 'order':
        for (const id of list) await requireOrder(ctx, id);
        break;
      case 'ordli':
        await requireOrderLineItems(ctx, urlOrder, list);
        break;
      case 'ful':
        if (!urlOrder) deny(ctx.village, 'Pengiriman ini');
        for (const id of list) await requireFulfillmentOf(ctx, urlOrder, id);
        break;
      case 'pay':
        for (const id of list) await requirePayment(ctx, id);
        break;
      case 'pay_col':
        for (const id of list) await requirePaymentCollection(ctx, id);
        break;
      case 'so':
        for (const id of list) await requireShippingOption(ctx, id);
        break;
      case 'prdc':
        await requireProducers(ctx, list);
        break;
      default:
        deny(ctx.village, 'Data yang disebut di permintaan ini');
    }
  }
}
