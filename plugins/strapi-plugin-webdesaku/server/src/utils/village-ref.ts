/**
 * Reads what a write does to an entry's `village` relation. The Content Manager,
 * the content API and our own code spell a relation in many shapes
 * (documentId, id, arrays of either, {connect}, {set}, {disconnect}, positional
 * {position: {before, after}}); this turns them into one answer: every village the
 * write names. Strapi keeps the first of several connects on update and inserts all
 * on create, so no single one may be taken as "the" village: a scope check must
 * accept the write only when every named village is allowed.
 */
import type { Core } from '@strapi/strapi';

type Ref = { documentId?: string; id?: number };
/** `set`: the relation afterwards names exactly `refs` (empty: no village). */
export type VillageChange = { kind: 'unchanged' } | { kind: 'set'; refs: Ref[] };

const toRef = (item: unknown): Ref | null => {
  if (typeof item === 'number') return { id: item };
  if (typeof item === 'string') return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (item && typeof item === 'object') {
    const { documentId, id } = item as Ref;
    if (typeof documentId === 'string') return { documentId };
    if (id !== undefined && id !== null) return { id: Number(id) };
  }
  return null;
};

/** Each item's own ref, and the refs its `position` names (those are villages too). */
const toRefs = (items: unknown): Ref[] =>
  (Array.isArray(items) ? items : [items]).flatMap((item) => {
    const position = (item as { position?: { before?: unknown; after?: unknown } } | null)?.position;
    return [item, position?.before, position?.after].map(toRef).filter((r): r is Ref => r !== null);
  });

export const readVillageChange = (data: Record<string, unknown> | undefined): VillageChange => {
  if (!data || !('village' in data) || data.village === undefined) return { kind: 'unchanged' };
  const value = data.village;
  if (value === null) return { kind: 'set', refs: [] };
  if (typeof value === 'object' && !Array.isArray(value)) {
    const ops = value as { set?: unknown; connect?: unknown[]; disconnect?: unknown[] };
    if ('set' in ops) return { kind: 'set', refs: toRefs(ops.set ?? []) };
    if ('connect' in ops || 'disconnect' in ops) {
      const connect = toRefs(ops.connect ?? []);
      if (connect.length > 0) return { kind: 'set', refs: connect };
      if ((ops.disconnect ?? []).length > 0) return { kind: 'set', refs: [] };
      return { kind: 'unchanged' };
    }
  }
  return { kind: 'set', refs: toRefs(value) };
};

/** documentIds of the villages the refs point at (ids are looked up in one query). */
export const resolveVillageDocumentIds = async (strapi: Core.Strapi, refs: Ref[]): Promise<string[]> => {
  const direct = refs.flatMap((r) => (r.documentId ? [r.documentId] : []));
  const ids = refs.flatMap((r) => (r.documentId || r.id === undefined ? [] : [r.id]));
  if (ids.length === 0) return direct;
  const rows = await strapi.db
    .query('plugin::webdesaku.village')
    .findMany({ where: { id: { $in: ids } }, select: ['documentId'] });
  if (rows.length < new Set(ids).size) return [...direct, '__unknown__'];
  return [...direct, ...rows.map((r: { documentId: string }) => r.documentId)];
};
