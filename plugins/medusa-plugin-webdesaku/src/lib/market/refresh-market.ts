import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { guestRegion } from '../catalog';
import { villageService } from '../villages';
import { revalidateStorefrontWorkflow } from '../../workflows/revalidate-storefront';
import { refreshMarketEntries } from './market-entries';
import { productsTag } from '@webdesaku/contracts';

/**
 * Brings the market's read model up to date now, for every product or only some; answers the
 * slugs of the villages whose entries changed.
 */
export async function refreshMarket(container: MedusaContainer, productIds?: string[]): Promise<string[]> {
  const region = await guestRegion(container);
  if (!region) return []; // no shop can sell before the store has its region
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const channels = await refreshMarketEntries(db, region.id, productIds);
  if (!channels.length) return [];
  const villages = await villageService(container).listVillages({ sales_channel_id: channels });
  return villages.map((v) => v.slug);
}

/**
 * Refreshes the read model, then purges the storefront's lists of the villages that changed. The
 * product events purge the storefront at once too, but before this refresh: a list cached in
 * between would keep the old facts, so the lists are purged again once the facts are new.
 */
export async function refreshMarketAndPurge(container: MedusaContainer): Promise<void> {
  const slugs = await refreshMarket(container);
  if (!slugs.length) return;
  await revalidateStorefrontWorkflow(container).run({
    input: { tags: [...slugs.map(productsTag), 'products'] },
  });
}

const DEBOUNCE_MS = 500;
let timer: NodeJS.Timeout | null = null;
let running = false;
let again = false;

/**
 * Rebuilds the read model shortly after a change, once for a burst of changes (a seller saving a
 * product emits several events; an import emits thousands), never two rebuilds at once in this
 * process: a change during a rebuild queues one more. Two Medusa processes may both rebuild;
 * each rebuild is one statement and writes only what differs, so that is harmless.
 */
export function scheduleMarketRefresh(container: MedusaContainer): void {
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    refreshMarketAndPurge(container)
      .catch((error: Error) =>
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`webdesaku: market read model not refreshed: ${error.message}`),
      )
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          scheduleMarketRefresh(container);
        }
      });
  }, DEBOUNCE_MS);
}
