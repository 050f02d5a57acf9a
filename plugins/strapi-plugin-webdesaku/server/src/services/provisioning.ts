/**
 * Gives every village its shop in Medusa (contract: POST /admin/webdesaku/villages).
 * The pending state is stored on the village itself (provisioningStatus = "pending"),
 * so a Medusa outage is recovered by `reconcile` at bootstrap and on an interval.
 * Answers are written with the query engine, not the document service, so storing
 * them does not trigger another notification (no loop).
 */
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { deliver } from './deliver';

const VILLAGE = 'plugin::webdesaku.village';
export const PENDING = 'pending';

type MedusaAnswer = {
  village?: { sales_channel_id?: string; publishable_key?: string; status?: string };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const inFlight = new Map<string, Promise<void>>();

  const provisionNow = async (documentId: string) => {
    const config = getConfig(strapi);
    const village = await strapi.db.query(VILLAGE).findOne({ where: { documentId } });
    if (!village) return;
    const body = {
      slug: village.slug,
      name: village.name,
      strapi_document_id: documentId,
      whatsapp: village.whatsapp ?? undefined,
    };
    try {
      const answer = (await deliver(
        config,
        `${config.medusaUrl.replace(/\/$/, '')}/admin/webdesaku/villages`,
        body,
        {
          authorization: `Bearer ${config.syncSecret}`,
        },
      )) as MedusaAnswer | null;
      const shop = answer?.village;
      if (!shop?.sales_channel_id) throw new Error('Medusa answered without village.sales_channel_id');
      await strapi.db.query(VILLAGE).update({
        where: { documentId },
        data: {
          salesChannelId: shop.sales_channel_id,
          publishableKey: shop.publishable_key ?? null,
          provisioningStatus: shop.status ?? 'active',
        },
      });
      strapi.log.info(`[webdesaku] shop of village "${village.slug}" provisioned in Medusa`);
    } catch (err) {
      strapi.log.error(
        `[webdesaku] shop provisioning of village "${village.slug}" failed: ${(err as Error).message}; stays pending, retried by reconcile`,
      );
    }
  };

  const provision = (documentId: string): Promise<void> => {
    const running = inFlight.get(documentId);
    if (running) return running;
    const job = provisionNow(documentId).finally(() => inFlight.delete(documentId));
    inFlight.set(documentId, job);
    return job;
  };

  return {
    /** Marks the village pending (durable) and provisions it in the background. */
    async request(documentId: string) {
      await strapi.db.query(VILLAGE).update({ where: { documentId }, data: { provisioningStatus: PENDING } });
      if (getConfig(strapi).notify) void provision(documentId);
    },
    provision,
    /** Provisions every village still pending or never provisioned, one after another. */
    async reconcile() {
      if (!getConfig(strapi).notify) return;
      const rows = await strapi.db.query(VILLAGE).findMany({
        where: {
          $or: [{ provisioningStatus: PENDING }, { provisioningStatus: null }, { salesChannelId: null }],
        },
        select: ['documentId'],
      });
      for (const { documentId } of rows) await provision(documentId);
    },
    idle: () => Promise.all([...inFlight.values()]),
  };
};
