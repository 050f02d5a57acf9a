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

/** What Medusa said, without the request line ofetch puts in its messages ([POST] "…/shipping-methods"). */
function medusaWords(error: BackendError): string {
  const body = error.body && typeof error.body === 'object' ? (error.body as Record<string, unknown>) : null;
  const said = [body?.message, body?.type, (body?.error as Record<string, unknown> | undefined)?.message]
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  const own = error.message
    .replace(/^medusa:\s*/, '')
    .replace(/\[[A-Z]+\]\s*"[^"]*"/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return `${said} ${own}`.toLowerCase();
}

/**
 * Medusa's answer → one of our codes; the page shows a clear Indonesian sentence per code.
 * First by kind: no answer (timeout, refused) or a 5xx is "unavailable, coba lagi" whichever URL
 * failed. Only a 4xx — Medusa understood and refused — is read for what it refused.
 */
export function checkoutErrorCode(error: unknown): CheckoutErrorCode {
  if (!(error instanceof BackendError)) return 'unavailable';
  if (error.status === null || error.status >= 500) return 'unavailable';
  const words = medusaWords(error);
  if (/inventory|stock|not available|insufficient|quantity/.test(words)) return 'stock';
  if (/shipping/.test(words)) return 'shipping';
  if (/payment/.test(words)) return 'payment';
  return 'rejected';
}
