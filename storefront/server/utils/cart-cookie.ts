import type { H3Event } from 'h3';
import { deleteCookie, getCookie, setCookie } from 'h3';
import { useStorefrontConfig } from './config';
import { grantedOrderId, validGrants, withGrant } from './order-access';
import { isSlug } from '@webdesaku/contracts';

// One Medusa cart per village (a cart belongs to one sales channel): { [villageSlug]: cartId }.
const CART_COOKIE = 'wd_carts';
const ORDERS_COOKIE = 'wd_orders';
const CART_ID = /^cart_[A-Za-z0-9]{10,40}$/;

export function parseCartCookie(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed)
        .filter(([slug, id]) => isSlug(slug) && typeof id === 'string' && CART_ID.test(id))
        .slice(0, 50),
    );
  } catch {
    return {};
  }
}

const cookieOptions = (event: H3Event) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  path: '/',
  secure: getRequestProtocol(event) === 'https',
  maxAge: 30 * 24 * 3600,
});

export function readCartIds(event: H3Event): Record<string, string> {
  return parseCartCookie(getCookie(event, CART_COOKIE));
}

export function writeCartIds(event: H3Event, ids: Record<string, string>): void {
  if (Object.keys(ids).length === 0) deleteCookie(event, CART_COOKIE, { path: '/' });
  else setCookie(event, CART_COOKIE, JSON.stringify(ids), cookieOptions(event));
}

/** Orders placed from this browser (signed grants, see order-access.ts) may be viewed without re-typing the email/phone. */
export function readOrderIds(event: H3Event): string[] {
  return validGrants(useStorefrontConfig().orderSecret, getCookie(event, ORDERS_COOKIE)).map(grantedOrderId);
}

export function rememberOrder(event: H3Event, orderId: string): void {
  const value = withGrant(useStorefrontConfig().orderSecret, getCookie(event, ORDERS_COOKIE), orderId);
  setCookie(event, ORDERS_COOKIE, value, cookieOptions(event));
}
