import { paymentMethodOf, paysFirst as methodPaysFirst } from '@webdesaku/contracts';

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

/** Transfer or QRIS: the shopper pays before the seller packs (cash on delivery is paid at the door). */
export const paysFirst = (order: Row): boolean => {
  const payments = paymentsOf(order);
  return payments.length > 0 && payments.every((p) => methodPaysFirst(paymentMethodOf(p.provider_id)));
};
