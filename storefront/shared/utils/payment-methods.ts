import type { PaymentDetails, PaymentMethod } from '../types/commerce';

/**
 * The ways a village's shop can be paid: transfer only with a bank account to send to, QRIS only
 * with a QRIS code to scan; cash on delivery always. A shopper is never offered a dead end.
 */
export function offeredPaymentMethods(payment: PaymentDetails | null | undefined): PaymentMethod[] {
  return [
    ...(payment?.bankAccounts.length ? (['transfer'] as const) : []),
    'cod' as const,
    ...(payment?.qrisImage ? (['qris'] as const) : []),
  ];
}
