import { PAYMENT_PROVIDER_IDS } from './constants';

type Row = Record<string, any>;

/** What the checks below read of an order (query.graph fields). */
export const ORDER_STATE_FIELDS = [
  'id',
  'status',
  'metadata',
  'fulfillments.id',
  'payment_collections.payments.provider_id',
  'payment_collections.payments.captured_at',
];

export const paymentsOf = (order: Row): Row[] =>
  (order.payment_collections ?? []).flatMap((c: Row) => c?.payments ?? []).filter(Boolean);

/** The seller confirmed the money (a payment captured). */
export const isPaid = (order: Row): boolean => paymentsOf(order).some((p) => p.captured_at);

/** The seller started packing or shipping (a fulfilment exists). */
export const isPacked = (order: Row): boolean => (order.fulfillments ?? []).some(Boolean);

// Paid up front by the shopper, confirmed by the seller; cash on delivery is paid at the door.
const PAY_FIRST = new Set<string>([PAYMENT_PROVIDER_IDS.bankTransfer, PAYMENT_PROVIDER_IDS.qris]);

/** Transfer or QRIS: the shopper pays before the seller packs. */
export const paysFirst = (order: Row): boolean => {
  const payments = paymentsOf(order);
  return payments.length > 0 && payments.every((p) => PAY_FIRST.has(p.provider_id));
};
