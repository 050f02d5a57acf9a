import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { deny } from './deny';
import { requireInventoryItems } from './ownership';
import type { ScopeContext } from './types';

// Medusa ids: a prefix, an underscore and a ULID.
const MEDUSA_ID = /^([a-z]+)_[0-9A-HJKMNP-TV-Z]{26}$/;

// Regency-wide records every village's products may name (categories, types, tags, collections,
// shipping profiles): naming one changes nothing of another village.
const SHARED = new Set(['pcat', 'ptyp', 'ptag', 'pcol', 'sp']);

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
 * Deny by default for every id in a product write's body: Medusa's batch and link routes act on
 * whatever ids the body lists, whatever product the URL names. An id must be a part of `productId`
 * (its variants, images, options, prices), the village's own inventory item, channel or location,
 * or a regency-wide record; anything else is refused.
 */
export async function requireOwnBodyIds(ctx: ScopeContext, productId: string | null): Promise<void> {
  const ids = [...idsIn(ctx.req.body)];
  if (!ids.length) return;
  const kind = (id: string) => MEDUSA_ID.exec(id)![1]!;
  const parts =
    productId && ids.some((id) => PRODUCT_PARTS.has(kind(id))) ? await partsOf(ctx, productId) : null;
  const items: string[] = [];
  for (const id of ids) {
    const k = kind(id);
    if (SHARED.has(k)) continue;
    if (k === 'iitem') items.push(id);
    else if (k === 'prod' && id === productId) continue;
    else if (k === 'sc' && id === ctx.village.sales_channel_id) continue;
    else if (k === 'sloc' && id === ctx.village.stock_location_id) continue;
    else if (!(PRODUCT_PARTS.has(k) && parts?.has(id)))
      deny(ctx.village, 'Data yang disebut di permintaan ini');
  }
  await requireInventoryItems(ctx, items);
}
