import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { notifySellersOfOrderWorkflow } from '../workflows';

/** A placed order rings the bell of its village's sellers; a failure is logged, never the checkout's. */
export default async function notifySellers({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await notifySellersOfOrderWorkflow(container).run({ input: { order_id: event.data.id } });
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`webdesaku: pemberitahuan pesanan ${event.data.id} gagal: ${(error as Error).message}`);
  }
}

export const config: SubscriberConfig = {
  event: 'order.placed',
  context: { subscriberId: 'webdesaku-notify-sellers' },
};
