import { createHmac, timingSafeEqual } from 'node:crypto';

// Orders placed from this browser may be viewed without re-typing the email or phone. The cookie
// proves it only when the server signed it: an order id alone (leaked in a screenshot, a shared
// link) must never open someone's name, phone and address.
const ORDER_ID = /^order_[A-Za-z0-9]{10,40}$/;
const LIFETIME_MS = 30 * 24 * 3600_000;
const MAX_ORDERS = 10;

function signature(secret: string, orderId: string, expires: number): string {
  return createHmac('sha256', secret).update(`order-access:${orderId}:${expires}`).digest('base64url');
}

/** One cookie entry `<orderId>:<expires>:<signature>` that opens the order until `expires`. */
export function orderGrant(secret: string, orderId: string, now = Date.now()): string {
  const expires = Math.floor((now + LIFETIME_MS) / 1000);
  return `${orderId}:${expires}:${signature(secret, orderId, expires)}`;
}

/** The grants of a cookie value that are well formed, unexpired and signed by us. */
export function validGrants(secret: string, raw: string | undefined, now = Date.now()): string[] {
  return (raw ?? '')
    .split('.')
    .slice(0, MAX_ORDERS)
    .filter((entry) => {
      const [orderId = '', expiresText = '', given = ''] = entry.split(':');
      const expires = Number(expiresText);
      if (!ORDER_ID.test(orderId) || !Number.isInteger(expires) || expires * 1000 < now) return false;
      const expected = Buffer.from(signature(secret, orderId, expires));
      const actual = Buffer.from(given);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    });
}

export const grantedOrderId = (grant: string) => grant.split(':')[0]!;

export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID.test(value);
}

/** The cookie value after a new order: newest first, at most ten, invalid entries dropped. */
export function withGrant(
  secret: string,
  raw: string | undefined,
  orderId: string,
  now = Date.now(),
): string {
  const others = validGrants(secret, raw, now).filter((g) => grantedOrderId(g) !== orderId);
  return [orderGrant(secret, orderId, now), ...others].slice(0, MAX_ORDERS).join('.');
}
