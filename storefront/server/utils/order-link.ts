import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Whether `token` (`<expires>.<signature>`, from an order e-mail or WhatsApp message) opens this
 * order now. Medusa signs it with the secret we share (REVALIDATE_SECRET): HMAC-SHA256 over
 * `order-link:<orderId>:<expires>` (docs/contracts.md).
 */
export function validOrderLink(secret: string, orderId: string, token: string, now = Date.now()): boolean {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match || Number(match[1]) * 1000 < now) return false;
  const expected = createHmac('sha256', secret).update(`order-link:${orderId}:${match[1]}`).digest();
  const given = Buffer.from(match[2]!, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
