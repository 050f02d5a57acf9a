/**
 * Payment providers. Commerce registers our manual providers under one id (medusa-config.ts);
 * Medusa names each `pp_<identifier>_<registration id>`, and carts, orders and the storefront
 * refer to them by that name.
 */
export const PAYMENT_PROVIDER_REGISTRATION_ID = 'webdesaku';

/** How a shopper pays, and each method's provider identifier. */
export const PAYMENT_METHODS = {
  transfer: 'transfer-bank',
  cod: 'cod',
  qris: 'qris',
} as const;
export type PaymentMethod = keyof typeof PAYMENT_METHODS;

export const paymentProviderId = (method: PaymentMethod) =>
  `pp_${PAYMENT_METHODS[method]}_${PAYMENT_PROVIDER_REGISTRATION_ID}` as const;

export const PAYMENT_PROVIDER_IDS = {
  transfer: paymentProviderId('transfer'),
  cod: paymentProviderId('cod'),
  qris: paymentProviderId('qris'),
} as const;

/** Methods paid before the seller hands over the goods: the order waits for proof of payment. */
export const PAY_FIRST_METHODS: readonly PaymentMethod[] = ['transfer', 'qris'];

/** Whether a shopper paying this way pays before the seller packs (cash on delivery: at the door). */
export const paysFirst = (method: PaymentMethod | null | undefined): boolean =>
  !!method && PAY_FIRST_METHODS.includes(method);

/** The method of a provider id, or null for a provider that is not ours. */
export function paymentMethodOf(providerId: string | null | undefined): PaymentMethod | null {
  for (const method of Object.keys(PAYMENT_METHODS) as PaymentMethod[]) {
    if (providerId === paymentProviderId(method)) return method;
  }
  return null;
}
