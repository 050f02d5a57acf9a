/**
 * Media an entry links to. A write names files by id in its media fields (also inside
 * components and dynamic zones); Strapi links whatever id it is given, so an editor could
 * link (and so read, or publish) any village's file by guessing its number.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Attribute = { type?: string; component?: string; components?: string[] };
type Schema = { attributes?: Record<string, Attribute> };

const MAX_DEPTH = 4;

const schemaOf = (strapi: Core.Strapi, uid: string): Schema =>
  (strapi.getModel(uid as never) as Schema | undefined) ??
  (strapi.components?.[uid as never] as Schema) ??
  {};

/** A media value as a write gives it: ids, `{ id }`, lists of those, or `connect`/`set` lists. */
const idsOfValue = (value: unknown, found: number[]) => {
  if (value === null || value === undefined || value === '') return;
  if (Array.isArray(value)) return value.forEach((v) => idsOfValue(v, found));
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('id' in v) return idsOfValue(v.id, found);
    for (const key of ['connect', 'set']) if (key in v) idsOfValue(v[key], found);
    return;
  }
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
    throw new errors.ValidationError('Berkas tidak valid: gunakan ID berkas berupa bilangan bulat positif.');
  found.push(id);
};

/** Every file id the data of a `uid` write (or a stored entry) names, at any depth. */
export const mediaIdsIn = (
  strapi: Core.Strapi,
  uid: string,
  data: unknown,
  depth = 0,
  found: number[] = [],
) => {
  if (!data || typeof data !== 'object' || depth > MAX_DEPTH) return found;
  for (const [name, attribute] of Object.entries(schemaOf(strapi, uid).attributes ?? {})) {
    const value = (data as Record<string, unknown>)[name];
    if (value === undefined || value === null) continue;
    if (attribute.type === 'media') idsOfValue(value, found);
    else if (attribute.type === 'component' && attribute.component)
      for (const item of [value].flat()) mediaIdsIn(strapi, attribute.component, item, depth + 1, found);
    else if (attribute.type === 'dynamiczone')
      for (const item of [value].flat() as { __component?: string }[])
        if (item?.__component) mediaIdsIn(strapi, item.__component, item, depth + 1, found);
  }
  return found;
};

/** A populate that loads every media field of `uid`, through its components and dynamic zones. */
export const mediaPopulate = (strapi: Core.Strapi, uid: string, depth = 0): Record<string, unknown> => {
  const populate: Record<string, unknown> = {};
  if (depth > MAX_DEPTH) return populate;
  for (const [name, attribute] of Object.entries(schemaOf(strapi, uid).attributes ?? {})) {
    if (attribute.type === 'media') populate[name] = { select: ['id'] };
    else if (attribute.type === 'component' && attribute.component) {
      const inner = mediaPopulate(strapi, attribute.component, depth + 1);
      if (Object.keys(inner).length) populate[name] = { populate: inner };
    } else if (attribute.type === 'dynamiczone') populate[name] = true;
  }
  return populate;
};
