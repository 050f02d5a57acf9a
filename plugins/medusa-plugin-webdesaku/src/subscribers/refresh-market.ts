import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { scheduleMarketRefresh } from '../lib/market/refresh-market';

/**
 * Whatever changes a product's text, status, price or stock refreshes the regency market's read
 * model (debounced). Not a workflow: the rebuild of a derived table has nothing to undo, and the
 * debounce must outlive the single event.
 */
export default async function refreshMarketOnChange({ container }: SubscriberArgs<unknown>) {
  scheduleMarketRefresh(container);
}

export const config: SubscriberConfig = {
  event: [
    'product.created',
    'product.updated',
    'product.deleted',
    'product-variant.created',
    'product-variant.updated',
    'product-variant.deleted',
    'inventory-item.created',
    'inventory-item.updated',
    'inventory-item.deleted',
    'inventory-level.created',
    'inventory-level.updated',
    'inventory-level.deleted',
    'reservation-item.created',
    'reservation-item.updated',
    'reservation-item.deleted',
    'order.placed',
    'order.canceled',
  ],
  context: { subscriberId: 'webdesaku-refresh-market' },
};
