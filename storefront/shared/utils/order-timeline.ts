import type { OrderView } from '../types/commerce';
import { paysFirst } from '@webdesaku/contracts';

export type TimelineKey =
  | 'placed'
  | 'proofRejected'
  | 'proofSent'
  | 'paid'
  | 'packed'
  | 'readyForPickup'
  | 'shipped'
  | 'delivered'
  | 'pickedUp'
  | 'completed'
  | 'canceled';

/** One milestone of an order: done (with when, if known) or still ahead. */
export interface TimelineStep {
  key: TimelineKey;
  done: boolean;
  at: string | null;
  /** the rejection's or cancel's reason, or the tracking numbers (resi) */
  detail: string | null;
}

const PAID = new Set(['captured', 'partially_refunded', 'refunded']);

/** The seller confirmed the money (captured; a refund later does not make it unpaid). */
export const isPaidOrder = (order: OrderView): boolean => PAID.has(order.paymentStatus);
const step = (key: TimelineKey, done: boolean, at: string | null = null, detail: string | null = null) => ({
  key,
  done,
  at: done ? at : null,
  detail,
});

/**
 * What happened to the order and what comes next, from what the seller did in the dashboard:
 * dibuat → (transfer/QRIS: bukti dikirim → dibayar) → dikemas → dikirim (kurir, resi) → diterima,
 * or siap diambil → sudah diambil for pickup; cash on delivery is paid at the end; then selesai. A
 * canceled order shows what was done and then why it stopped.
 */
export function orderTimeline(order: OrderView): TimelineStep[] {
  const paid = isPaidOrder(order);
  const finished = order.status === 'completed';
  const payFirst = paysFirst(order.paymentMethod);
  const first = order.shipments[0];
  const shippedAt = order.shipments.find((s) => s.shippedAt)?.shippedAt ?? null;
  const deliveredAt = order.shipments.find((s) => s.deliveredAt)?.deliveredAt ?? null;
  const resi = order.shipments.flatMap((s) => s.trackingNumbers);
  const steps: TimelineStep[] = [step('placed', true, order.createdAt)];
  if (payFirst) {
    const proof = order.proof;
    if (proof?.status === 'rejected' && !paid) steps.push(step('proofRejected', true, null, proof.reason));
    const sent = paid || proof?.status === 'submitted';
    steps.push(step('proofSent', sent, proof?.status === 'submitted' ? proof.submittedAt : null));
    steps.push(step('paid', paid));
  }
  if (order.pickup) {
    steps.push(step('readyForPickup', !!first || finished, first?.packedAt ?? null));
    steps.push(step('pickedUp', !!deliveredAt || finished, deliveredAt));
  } else {
    steps.push(step('packed', !!first || finished, first?.packedAt ?? null));
    const courier = [order.deliveryName, resi.length ? `resi ${resi.join(', ')}` : null].filter(Boolean);
    steps.push(step('shipped', !!shippedAt || finished, shippedAt, courier.join(' · ') || null));
    steps.push(step('delivered', !!deliveredAt || finished, deliveredAt));
  }
  if (!payFirst && order.paymentMethod) steps.push(step('paid', paid));
  // The seller closes the order ("Selesai") once it is delivered and paid.
  steps.push(step('completed', finished));
  if (order.status !== 'canceled') return steps;
  return [...steps.filter((s) => s.done), step('canceled', true, null, order.cancelReason)];
}
