import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { villageSlugsForEvent } from '../lib/village-tags';
import { revalidateStorefrontWorkflow } from '../workflows';
import { productsTag } from '@webdesaku/contracts';

/**
 * A product, variant, price or stock change purges the village's cached product pages; a sales
 * channel change its village's (a shop closed); a category change every village's (its name is
 * searched, its filter listed on every market page).
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const slugs = await villageSlugsForEvent(container, event.name, event.data.id);
  const tags = [...slugs.map(productsTag), 'portal'];
  // Not awaited: retries with backoff may take seconds and must not hold the event bus.
  revalidateStorefrontWorkflow(container)
    .run({ input: { tags } })
    .catch((error: Error) => logger.warn(`webdesaku: storefront cache purge crashed: ${error.message}`));
}

export const config: SubscriberConfig = {
  event: [
    'product.created',
    'product.updated',
    'product.deleted',
    'product-variant.created',
    'product-variant.updated',
    'product-variant.deleted',
    'inventory-item.updated',
    'inventory-level.created',
    'inventory-level.updated',
    'inventory-level.deleted',
    'sales-channel.updated',
    'product-category.updated',
    'product-category.deleted',
  ],
  context: { subscriberId: 'webdesaku-revalidate-storefront' },
};
