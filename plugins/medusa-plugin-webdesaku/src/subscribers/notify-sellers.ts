import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { notifySellersOfOrderWorkflow } from '../workflows';

/** A placed or canceled order tells its village's sellers and the shopper; a failure is only logged. */
export default async function notifySellers({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await notifySellersOfOrderWorkflow(container).run({
      input: { order_id: event.data.id, event: event.name as 'order.placed' | 'order.canceled' },
    });
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`webdesaku: pemberitahuan pesanan ${event.data.id} gagal: ${(error as Error).message}`);
  }
}

export const config: SubscriberConfig = {
  event: ['order.placed', 'order.canceled'],
  context: { subscriberId: 'webdesaku-notify-sellers' },
};
