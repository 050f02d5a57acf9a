/**
 * After a write succeeds, tells the outside: storefront cache tags, and for villages
 * the shop provisioning. Runs after `next()` and never awaits the network, so the
 * editor's save neither waits for nor fails because of a receiver.
 */
import type { Core } from '@strapi/strapi';
import { tagsForDocument } from '../services/cache-tags';

type DocCtx = {
  uid: string;
  action: string;
  contentType?: { options?: { draftAndPublish?: boolean } };
  params: { data?: Record<string, unknown>; documentId?: string; status?: string };
};

const NOTIFY = new Set(['create', 'update', 'publish', 'unpublish', 'delete']);
const SHOP_FIELDS = ['name', 'slug', 'whatsapp'];

/** Saving a draft changes nothing the public sees. */
const isDraftOnly = (ctx: DocCtx) =>
  ctx.contentType?.options?.draftAndPublish === true &&
  (ctx.action === 'create' || ctx.action === 'update') &&
  ctx.params.status !== 'published';

export const eventsMiddleware =
  (strapi: Core.Strapi) => async (ctx: DocCtx, next: () => Promise<unknown>) => {
    if (!ctx.uid.startsWith('plugin::webdesaku.') || !NOTIFY.has(ctx.action)) return next();
    const plugin = strapi.plugin('webdesaku');
    const before = ctx.params.documentId ? await tagsForDocument(strapi, ctx.uid, ctx.params.documentId) : [];
    const result = (await next()) as { documentId?: string } | null;
    try {
      const documentId = result?.documentId ?? ctx.params.documentId;
      if (!isDraftOnly(ctx)) {
        const after =
          documentId && ctx.action !== 'delete' ? await tagsForDocument(strapi, ctx.uid, documentId) : [];
        plugin.service('revalidation').notify([...before, ...after]);
      }
      const touchesShop =
        ctx.action === 'create' ||
        (ctx.action === 'update' && SHOP_FIELDS.some((f) => f in (ctx.params.data ?? {})));
      if (ctx.uid === 'plugin::webdesaku.village' && documentId && touchesShop) {
        await plugin.service('provisioning').request(documentId);
      }
    } catch (err) {
      strapi.log.error(`[webdesaku] could not queue notifications for ${ctx.uid}: ${(err as Error).message}`);
    }
    return result;
  };
