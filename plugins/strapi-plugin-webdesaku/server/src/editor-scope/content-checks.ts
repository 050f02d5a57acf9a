/** Content Manager routes: every document id named must be the editor's; relation pickers list own entries only. */
import { assertOwnDocuments, documentIdsOf, isVillageScoped, ownEntriesFilter } from './documents';
import { bodyOf, type CheckFn } from './request';

const documents: CheckFn = async (ctx, { strapi, editor }) => {
  const { query } = ctx.request;
  const body = bodyOf(ctx);
  const uid = ctx.params.model ?? ctx.params.contentType;
  const ids = documentIdsOf([
    ctx.params.id,
    ctx.params.sourceId,
    query.documentId,
    query.documentIds,
    body.documentIds,
  ]);
  await assertOwnDocuments(strapi, editor, uid ?? '', ids);
};

/** The field's target type, when the route names an existing relation field. */
const targetOf = (strapi: Parameters<CheckFn>[1]['strapi'], uid?: string, field?: string) => {
  const model = uid ? (strapi.getModel(uid as never) as { attributes?: Record<string, unknown> }) : undefined;
  const attribute = field ? (model?.attributes?.[field] as { type?: string; target?: string }) : undefined;
  return attribute?.type === 'relation' ? attribute.target : undefined;
};

const relationsAvailable: CheckFn = async (ctx, { strapi, editor }) => {
  const { model, targetField } = ctx.params;
  const { query } = ctx.request;
  if (typeof model === 'string' && isVillageScoped(model))
    await assertOwnDocuments(strapi, editor, model, documentIdsOf([query.id]));
  const target = targetOf(strapi, model, targetField);
  if (!isVillageScoped(target)) return;
  const { filters, ...rest } = query;
  const mine = ownEntriesFilter(editor, target);
  ctx.request.query = { ...rest, filters: filters ? { $and: [filters, mine] } : mine };
};

const relationsExisting: CheckFn = async (ctx, { strapi, editor }) =>
  assertOwnDocuments(strapi, editor, ctx.params.model ?? '', documentIdsOf([ctx.params.id]));

export const CONTENT_CHECKS = {
  documents,
  'relations-available': relationsAvailable,
  'relations-existing': relationsExisting,
} satisfies Record<string, CheckFn>;
