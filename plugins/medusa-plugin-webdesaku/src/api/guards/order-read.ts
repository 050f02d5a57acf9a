import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { requireStorefront } from './storefront-secret';

/**
 * Medusa's store API shows a guest order to anyone who knows its id: name, phone and address. Only
 * the storefront may ask (with the secret it shares with us), after it checked the shopper's email
 * or phone or signed order cookie. Everyone else gets the same answer as for an unknown order.
 */
export function guardOrderRead(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== 'GET') return next();
  requireStorefront(req, res, next);
}
