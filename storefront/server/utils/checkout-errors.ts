import { BackendError } from './backend-http';

export type CheckoutErrorCode =
  | 'stock'
  | 'phone'
  | 'name'
  | 'email'
  | 'address'
  | 'shipping'
  | 'payment'
  | 'empty'
  | 'unavailable'
  | 'rejected';

/** Medusa's messages → one of our codes; the page shows a clear Indonesian sentence per code. */
export function checkoutErrorCode(error: unknown): CheckoutErrorCode {
  if (!(error instanceof BackendError)) return 'unavailable';
  const message = `${error.message} ${JSON.stringify(error.body ?? '')}`.toLowerCase();
  if (/inventory|stock|not available|insufficient|quantity/.test(message)) return 'stock';
  if (/shipping/.test(message)) return 'shipping';
  if (/payment/.test(message)) return 'payment';
  if (error.status === null || error.status >= 500) return 'unavailable';
  return 'rejected';
}
