import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { revalidateStorefrontWorkflow } from '../workflows';
import { VILLAGE_PAYMENT_UPDATED } from '../workflows/update-village-payment';
import { villageTag } from '@webdesaku/contracts';

/** New bank accounts or QRIS: the storefront forgets the village's shop it cached (checkout reads it). */
export default async function revalidateVillagePayment({
  event,
  container,
}: SubscriberArgs<{ id: string; slug: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  revalidateStorefrontWorkflow(container)
    .run({ input: { tags: [villageTag(event.data.slug)] } })
    .catch((error: Error) => logger.warn(`webdesaku: storefront cache purge crashed: ${error.message}`));
}

export const config: SubscriberConfig = {
  event: VILLAGE_PAYMENT_UPDATED,
  context: { subscriberId: 'webdesaku-revalidate-village-payment' },
};
