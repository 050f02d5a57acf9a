import type { ScopeContext } from './types';

/**
 * Replaces a query filter with a forced value. The key and every dotted variant
 * (`key.$in=`) go first: the query normaliser merges dotted keys into the filter,
 * which would otherwise widen the forced value.
 */
export function forceQuery(ctx: ScopeContext, key: string, value: unknown): void {
  const query = ctx.req.query as Record<string, unknown>;
  for (const k of Object.keys(query)) {
    if (k.toLowerCase() === key || k.toLowerCase().startsWith(`${key}.`)) delete query[k];
  }
  query[key] = value;
}

/** Sets a body value the seller may not choose (its own channel or location). */
export function pinBody(ctx: ScopeContext, key: string, value: unknown): void {
  const body = (ctx.req.body ?? {}) as Record<string, unknown>;
  body[key] = value;
  ctx.req.body = body;
}

/** Every value of `key` anywhere in the body (e.g. each inventory_item_id of a product form). */
export function collectBodyValues(body: unknown, key: string, found: string[] = []): string[] {
  if (Array.isArray(body)) body.forEach((item) => collectBodyValues(item, key, found));
  else if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      if (k === key && typeof v === 'string') found.push(v);
      else collectBodyValues(v, key, found);
    }
  }
  return found;
}

/** Rewrites the JSON answer (used to show the seller's own channel and location as store defaults). */
export function rewriteJson(ctx: ScopeContext, change: (body: Record<string, unknown>) => void): void {
  const original = ctx.res.json.bind(ctx.res);
  ctx.res.json = ((body: Record<string, unknown>) => {
    if (body && typeof body === 'object') change(body);
    return original(body);
  }) as typeof ctx.res.json;
}
