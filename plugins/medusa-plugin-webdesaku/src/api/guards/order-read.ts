import { timingSafeEqual } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { revalidateSecret } from '../../lib/config';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Medusa's store API shows a guest order to anyone who knows its id: name, phone and address. Only
 * the storefront may ask (with the secret it shares with us), after it checked the shopper's email
 * or phone or signed order cookie. Everyone else gets the same answer as for an unknown order.
 */
export function guardOrderRead(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== 'GET') return next();
  const given = req.headers['x-webdesaku-secret'];
  if (typeof given === 'string' && sameSecret(given, revalidateSecret())) return next();
  next(new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan tidak ditemukan'));
}
