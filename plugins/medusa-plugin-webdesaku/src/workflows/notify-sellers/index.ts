import { sendNotificationsStep } from '@medusajs/medusa/core-flows';
import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import type { CreateNotificationDTO } from '@medusajs/framework/types';
import { formatRupiah } from '../../lib/rupiah';
import { findOrderSellersStep, type OrderSellers } from './steps/find-order-sellers';

/**
 * Tells every seller of the order's village, in the admin bell, that an order came in. One
 * notification per seller and order: the idempotency key makes a repeated event (a retry, a
 * second instance) a no-op, and the seller scope shows each seller only what is addressed to them.
 */
export const notifySellersOfOrderWorkflow = createWorkflow(
  'webdesaku-notify-sellers-of-order',
  (input: { order_id: string }) => {
    const found = findOrderSellersStep(input);
    const notifications = transform({ found }, ({ found }: { found: OrderSellers | null }) =>
      (found?.sellerIds ?? []).map((sellerId): CreateNotificationDTO => ({
        to: sellerId,
        receiver_id: sellerId,
        channel: 'feed',
        template: 'admin-ui',
        trigger_type: 'order.placed',
        resource_type: 'order',
        resource_id: found!.order.id,
        idempotency_key: `order.placed:${found!.order.id}:${sellerId}`,
        data: {
          title: `Pesanan baru #${found!.order.display_id}`,
          description: `${formatRupiah(found!.order.total)} · Desa ${found!.village!.name}`,
        },
      })),
    );
    const sent = sendNotificationsStep(notifications);
    return new WorkflowResponse(sent);
  },
);
