/**
 * After a write succeeds, marks the village homes it touches stale (services/home-store.ts)
 * and tells the outside: storefront cache tags, and for villages the shop provisioning. Runs
 * after `next()` and never awaits the network, so the editor's save neither waits for nor
 * fails because of a receiver.
 */
import type { Core } from '@strapi/strapi';
import { tagsForDocument } from '../services/cache-tags';
import { tagSlug } from '@webdesaku/contracts';

type DocCtx = {
  uid: string;
  action: string;
  contentType?: { options?: { draftAndPublish?: boolean } };
  params: { data?: Record<string, unknown>; documentId?: string; status?: string };
};

// A clone is public at once for the types without drafts (officials, events, statistics…).
const NOTIFY = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'delete']);
const SHOP_FIELDS = ['name', 'slug', 'whatsapp'];

/** Which village homes show what the write changed: a district's name is on all of them. */
const homesShowing = (uid: string, tags: string[]): string[] | 'all' =>
  uid === 'plugin::webdesaku.district'
    ? 'all'
    : tags.map((t) => tagSlug(t, 'village')).filter((slug) => slug !== null);

/** A failure here costs freshness (rows expire on their own), never the purge that follows. */
const markHomesStale = async (strapi: Core.Strapi, villages: string[] | 'all') => {
  try {
    await strapi.plugin('webdesaku').service('homeStore').invalidate(villages);
  } catch (err) {
    strapi.log.error(`[webdesaku] could not mark village homes stale: ${(err as Error).message}`);
  }
};

/** Runs `fn` once what the write did is visible to other connections (a caller may hold a transaction). */
const afterCommit = async (strapi: Core.Strapi, fn: () => Promise<void>) => {
  if (!strapi.db.inTransaction()) return fn();
  await strapi.db.transaction(async ({ onCommit }) =>
    onCommit(() =>
      fn().catch((err: Error) => strapi.log.error(`[webdesaku] after-commit work failed: ${err.message}`)),
    ),
  );
};

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
    const documentId = result?.documentId ?? ctx.params.documentId;
    try {
      if (!isDraftOnly(ctx)) {
        const after =
          documentId && ctx.action !== 'delete' ? await tagsForDocument(strapi, ctx.uid, documentId) : [];
        const tags = [...before, ...after];
        await afterCommit(strapi, async () => {
          // The stored homes first, so the storefront's new render reads the new home.
          await markHomesStale(strapi, homesShowing(ctx.uid, tags));
          plugin.service('revalidation').notify(tags);
        });
      }
    } catch (err) {
      strapi.log.error(`[webdesaku] could not queue notifications for ${ctx.uid}: ${(err as Error).message}`);
    }
    try {
      const touchesShop =
        ctx.action === 'create' ||
        (ctx.action === 'update' && SHOP_FIELDS.some((f) => f in (ctx.params.data ?? {})));
      if (ctx.uid === 'plugin::webdesaku.village' && documentId && touchesShop) {
        await plugin.service('provisioning').request(documentId);
      }
    } catch (err) {
      strapi.log.error(`[webdesaku] could not request the shop of ${documentId}: ${(err as Error).message}`);
    }
    return result;
  };
