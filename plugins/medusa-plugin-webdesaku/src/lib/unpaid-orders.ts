import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { cancelOrderWithReasonWorkflow } from '../workflows/cancel-order-with-reason';
import { unpaidOrderHours } from './config';
import { isPacked, isPaid, ORDER_STATE_FIELDS, paysFirst } from './order-state';
import { paymentProofOf } from './payment-proof';

type Row = Record<string, any>;

/**
 * A transfer/QRIS order nobody paid by `cutoff`: no payment captured, nothing shipped, still open,
 * no proof waiting for the seller (a shopper who sent one must not lose the order to a slow seller),
 * and no proof rejected after `cutoff` (a rejection gives the shopper a full window again).
 */
export function isUnpaidPayFirst(order: Row, cutoff: Date): boolean {
  if (!paysFirst(order) || isPaid(order) || isPacked(order)) return false;
  const proof = paymentProofOf(order.metadata);
  if (proof?.status === 'submitted') return false;
  return !(proof?.status === 'rejected' && new Date(proof.decided_at ?? 0) > cutoff);
}

/**
 * Cancels the transfer/QRIS orders still unpaid after ORDER_PAYMENT_HOURS (default 24): Medusa's
 * own cancel, which releases the reserved stock and emits `order.canceled` (the shopper and the
 * sellers are told by the notification subscriber). Returns the canceled order ids.
 */
export async function cancelUnpaidOrders(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const cutoff = new Date(now.getTime() - unpaidOrderHours() * 3600_000);
  const { data } = await query.graph({
    entity: 'order',
    fields: ORDER_STATE_FIELDS,
    filters: { status: ['pending'], created_at: { $lt: cutoff } },
  });
  const canceled: string[] = [];
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  for (const order of (data as Row[]).filter((o) => isUnpaidPayFirst(o, cutoff))) {
    try {
      await cancelOrderWithReasonWorkflow(container).run({
        input: { order_id: order.id, reason: `Tidak dibayar dalam ${unpaidOrderHours()} jam` },
      });
      canceled.push(order.id);
    } catch (error) {
      logger.warn(
        `webdesaku: pesanan ${order.id} belum dibayar tetapi gagal dibatalkan: ${(error as Error).message}`,
      );
    }
  }
  return canceled;
}
