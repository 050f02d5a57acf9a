import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { villageService } from '../lib/villages';
import { revalidateStorefrontWorkflow } from '../workflows';
import { PRODUCERS_CHANGED } from '../workflows/producers/events';
import { productsTag, villageTag } from '@webdesaku/contracts';

/**
 * A producer added, changed or removed, or a product's producer set: the storefront forgets the
 * village's pages and its product pages (both show producers).
 */
export default async function revalidateVillageProducers({
  event,
  container,
}: SubscriberArgs<{ id: string; village_id: string | null }>) {
  if (!event.data.village_id) return;
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const [village] = await villageService(container).listVillages({ id: event.data.village_id });
  if (!village) return;
  revalidateStorefrontWorkflow(container)
    .run({ input: { tags: [villageTag(village.slug), productsTag(village.slug)] } })
    .catch((error: Error) => logger.warn(`webdesaku: storefront cache purge crashed: ${error.message}`));
}

export const config: SubscriberConfig = {
  event: PRODUCERS_CHANGED,
  context: { subscriberId: 'webdesaku-revalidate-village-producers' },
};
