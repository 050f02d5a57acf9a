import { createHmac } from 'node:crypto';
import { revalidateSecret, storefrontUrl } from './config';

export const ORDER_LINK_DAYS = 30;

/**
 * `<expires>.<signature>`: opens one order on the storefront until `expires` (unix seconds) without
 * the e-mail or phone. HMAC-SHA256 over `order-link:<orderId>:<expires>` with the secret the
 * storefront shares with us (REVALIDATE_SECRET); the storefront checks it (docs/contracts.md).
 */
export function orderLinkToken(secret: string, orderId: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + ORDER_LINK_DAYS * 86_400;
  const signature = createHmac('sha256', secret)
    .update(`order-link:${orderId}:${expires}`)
    .digest('base64url');
  return `${expires}.${signature}`;
}

/** The link in a shopper's e-mail or WhatsApp message: their order page, signed and expiring. */
export function shopperOrderLink(orderId: string): string {
  return `${storefrontUrl()}/pesanan/${orderId}?akses=${orderLinkToken(revalidateSecret(), orderId)}`;
}
