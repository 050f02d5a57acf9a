import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { orderIdOfEvent } from '../lib/order-of-event';
import { notifySellersOfOrderWorkflow } from '../workflows';
import { ORDER_EVENTS, type OrderEvent } from '../workflows/notify-sellers/notifications';

/**
 * An order placed or canceled, a proof of payment sent or rejected, a payment confirmed, a parcel
 * shipped: the village's sellers and the shopper are told (workflows/notify-sellers/notifications.ts
 * says who); a failure is only logged.
 */
export default async function notifySellers({
  event,
  container,
}: SubscriberArgs<{ id: string; at?: string; no_notification?: boolean }>) {
  // The seller unticked "notify the customer" when shipping.
  if (event.data.no_notification) return;
  try {
    const orderId = await orderIdOfEvent(container, event.name, event.data.id);
    if (!orderId) return;
    // Which proof (its time), which payment or parcel (the event's own id); none for placed/canceled.
    const occurrence = event.data.at ?? (orderId === event.data.id ? null : event.data.id);
    await notifySellersOfOrderWorkflow(container).run({
      input: { order_id: orderId, event: event.name as OrderEvent, occurrence },
    });
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`webdesaku: pemberitahuan ${event.name} ${event.data.id} gagal: ${(error as Error).message}`);
  }
}

export const config: SubscriberConfig = {
  event: [...ORDER_EVENTS],
  context: { subscriberId: 'webdesaku-notify-sellers' },
};
