import type { MedusaRequest } from '@medusajs/framework/http';
import { relationNames } from '../../lib/relation-names';
import { deny } from './deny';
import type { SellerVillage } from './types';

/**
 * The relation paths a list of query fields reaches, as Medusa's query config lists them after
 * validation (`items.*`, `customer.email`, `region_id`, defaults included). A field's parent path
 * is a relation; its last segment is one too when it is starred or names a relation somewhere in
 * the joiner's schema (a bare `orders` would otherwise slip through as a "scalar").
 */
export function relationPaths(fields: readonly string[], isRelation: (name: string) => boolean): string[] {
  const paths = new Set<string>();
  for (const raw of fields) {
    const star = raw.startsWith('*') || raw.endsWith('.*') || raw === '*';
    const segments = raw
      .replace(/^\*|\.?\*$/g, '')
      .split('.')
      .filter(Boolean);
    const last = segments.length - 1;
    for (let i = 0; i < segments.length; i++) {
      if (i < last || star || isRelation(segments[i])) paths.add(segments.slice(0, i + 1).join('.'));
    }
  }
  return [...paths];
}

/** The relations of `fields` a seller's route does not allow. */
export function forbiddenRelations(
  fields: readonly string[],
  allowed: ReadonlySet<string>,
  isRelation: (name: string) => boolean,
): string[] {
  return relationPaths(fields, isRelation).filter((path) => !allowed.has(path));
}

type QueryConfigured = MedusaRequest & { queryConfig?: { fields?: string[] } };

/**
 * Deny by default for relation selection: Medusa's query validation sets `req.queryConfig`
 * (defaults merged with `?fields=`), and the handler reads it to fetch. Checking it as it is set
 * sees exactly what would be fetched, on every route, after validation and before any read.
 * A relation the route's rule does not list is a 403, not silently dropped: the seller (or a
 * script) learns the request is refused rather than reading a partial answer.
 */
export function guardRelations(req: MedusaRequest, village: SellerVillage, allowed: ReadonlySet<string>) {
  let value: QueryConfigured['queryConfig'];
  const names = relationNames();
  Object.defineProperty(req, 'queryConfig', {
    configurable: true,
    enumerable: true,
    get: () => value,
    set: (config: QueryConfigured['queryConfig']) => {
      const forbidden = forbiddenRelations(config?.fields ?? [], allowed, (name) => names.has(name));
      if (forbidden.length) deny(village, `Relasi ${forbidden.slice(0, 3).join(', ')}`);
      value = config;
    },
  });
}
