import { timingSafeEqual } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { revalidateSecret } from '../../lib/config';

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Whether the request carries the secret the storefront shares with us (`x-webdesaku-secret`). */
export function fromStorefront(req: MedusaRequest): boolean {
  const given = req.headers['x-webdesaku-secret'];
  return typeof given === 'string' && sameSecret(given, revalidateSecret());
}

/**
 * Routes the storefront calls for a shopper after it checked the shopper's e-mail, phone or
 * signed order cookie: anyone else gets the answer an unknown order gets.
 */
export function requireStorefront(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (fromStorefront(req)) return next();
  next(new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan tidak ditemukan'));
}
