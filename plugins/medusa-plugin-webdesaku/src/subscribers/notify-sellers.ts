import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { notifySellersOfOrderWorkflow } from '../workflows';
import { ORDER_EVENTS, type OrderEvent } from '../workflows/notify-sellers/notifications';

/**
 * A placed or canceled order, a proof of payment sent or rejected: the village's sellers and the
 * shopper are told (workflows/notify-sellers/notifications.ts says who); a failure is only logged.
 */
export default async function notifySellers({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await notifySellersOfOrderWorkflow(container).run({
      input: { order_id: event.data.id, event: event.name as OrderEvent },
    });
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`webdesaku: pemberitahuan pesanan ${event.data.id} gagal: ${(error as Error).message}`);
  }
}

export const config: SubscriberConfig = {
  event: [...ORDER_EVENTS],
  context: { subscriberId: 'webdesaku-notify-sellers' },
};
