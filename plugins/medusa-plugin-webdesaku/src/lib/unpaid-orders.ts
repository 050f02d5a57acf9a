import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { cancelOrderWorkflow } from '@medusajs/medusa/core-flows';
import { unpaidOrderHours } from './config';
import { isPacked, isPaid, ORDER_STATE_FIELDS, paymentsOf } from './order-state';

// Paid up front by the shopper, confirmed by the seller; cash on delivery is paid at the door.
const PAY_FIRST = new Set(['pp_transfer-bank_webdesaku', 'pp_qris_webdesaku']);

type Row = Record<string, any>;

/** A transfer/QRIS order nobody paid: no payment captured, nothing shipped, still open. */
export function isUnpaidPayFirst(order: Row): boolean {
  const payments = paymentsOf(order);
  if (!payments.length || !payments.every((p) => PAY_FIRST.has(p.provider_id))) return false;
  return !isPaid(order) && !isPacked(order);
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
  for (const order of (data as Row[]).filter(isUnpaidPayFirst)) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: order.id } });
      canceled.push(order.id);
    } catch (error) {
      logger.warn(
        `webdesaku: pesanan ${order.id} belum dibayar tetapi gagal dibatalkan: ${(error as Error).message}`,
      );
    }
  }
  return canceled;
}
