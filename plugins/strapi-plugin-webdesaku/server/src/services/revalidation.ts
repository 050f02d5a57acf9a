/**
 * Tells the storefront which cache tags changed (docs/contracts.md). Failed tags are
 * kept and sent again on the next reconcile tick, so a storefront outage loses nothing
 * while the CMS runs; each failure is logged.
 */
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { deliver } from './deliver';
import { REVALIDATE_PATH, REVALIDATE_SECRET_HEADER, revalidateBatches } from '@webdesaku/contracts';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const failed = new Set<string>();
  /** While a batch is open (the seed), tags are collected and sent once at the end. */
  let batch: Set<string> | null = null;

  const send = async (tags: string[]) => {
    const config = getConfig(strapi);
    if (!config.notify || tags.length === 0) return;
    const url = `${config.storefrontUrl.replace(/\/$/, '')}${REVALIDATE_PATH}`;
    // In purges the storefront takes (a seed of 183 villages names more tags than one may carry).
    for (const body of revalidateBatches(tags)) {
      try {
        await deliver(config, url, body, { [REVALIDATE_SECRET_HEADER]: config.revalidateSecret });
        body.tags.forEach((t) => failed.delete(t));
      } catch (err) {
        body.tags.forEach((t) => failed.add(t));
        strapi.log.error(
          `[webdesaku] storefront revalidation failed for ${body.tags.join(', ')}: ${(err as Error).message}; will retry later`,
        );
      }
    }
  };

  return {
    /** Fire and forget: the caller never waits for the storefront. */
    notify(tags: string[]) {
      if (batch) tags.forEach((t) => batch!.add(t));
      else void send([...new Set(tags)]);
    },
    async batch<T>(fn: () => Promise<T>): Promise<T> {
      batch = new Set();
      try {
        return await fn();
      } finally {
        const tags = [...batch];
        batch = null;
        void send(tags);
      }
    },
    async retryFailed() {
      if (failed.size > 0) await send([...failed]);
    },
    pendingTags: () => [...failed],
  };
};
