import type { MedusaContainer } from '@medusajs/framework/types';
import { refreshMarketAndPurge } from '../lib/market/refresh-market';

/**
 * The market's read model rebuilt on a schedule too: a sale price list that starts or ends, and
 * any change whose event was missed (a process restarted mid-burst), shows within minutes; the
 * storefront's lists of the villages that changed are purged.
 */
export default async function refreshMarketJob(container: MedusaContainer) {
  await refreshMarketAndPurge(container);
}

export const config = {
  name: 'webdesaku-refresh-market',
  schedule: '*/2 * * * *',
};
