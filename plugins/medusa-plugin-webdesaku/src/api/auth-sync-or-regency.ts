import { timingSafeEqual } from 'node:crypto';
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { authenticate } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { syncSecret } from '../lib/config';
import { isRegencyAdmin } from '../lib/regency';

const userAuth = authenticate('user', ['session', 'bearer']);

function isSyncSecret(header: string | undefined): boolean {
  const expected = Buffer.from(`Bearer ${syncSecret()}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Lets in Strapi (Bearer sync secret) or a logged-in regency admin (an explicit grant). Sellers
 * and everyone else are refused: provisioning touches every village.
 */
export function authenticateSyncOrRegency() {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isSyncSecret(req.headers.authorization)) return next();
    return userAuth(req as never, res, async (error?: unknown) => {
      if (error) return next(error);
      try {
        const userId = (req as unknown as { auth_context?: { actor_id?: string } }).auth_context?.actor_id;
        if (!userId || !(await isRegencyAdmin(req.scope, userId))) {
          throw new MedusaError(
            MedusaError.Types.FORBIDDEN,
            'Hanya admin kabupaten yang boleh mengatur desa',
          );
        }
        next();
      } catch (e) {
        next(e);
      }
    });
  };
}
