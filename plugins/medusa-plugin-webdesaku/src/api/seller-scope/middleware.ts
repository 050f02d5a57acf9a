import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { isRegencyAdmin } from '../../lib/regency';
import { findSellerVillage } from '../../lib/villages';
import { requireOwnBodyIds } from './body-ids';
import { deny } from './deny';
import { guardRelations } from './fields';
import { sellerRuleFor } from './rules';
import type { SellerVillage } from './types';

type AuthedRequest = MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } };

/** The path under /admin as Express matches it: no query, no trailing slash, decoded. */
function adminPath(req: MedusaRequest): string | null {
  const raw = (req.originalUrl ?? req.url).split('?')[0];
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const match = /^\/admin(\/.*?)\/*$/i.exec(path);
  return match ? match[1] : null;
}

// What a user with neither a village nor a grant may still call: who am I (so the dashboard can
// log in and show the refusal), nothing else.
const UNGRANTED_ALLOWED = [{ method: 'GET', path: /^\/users\/me$/i }];

/**
 * Deny by default. Sellers (admin users linked to a village) may only use the routes in the
 * allow table, each scoped to their village. Regency admins are users with an explicit grant
 * (lib/regency.ts). Everyone else, such as an invited user nobody linked yet or a former
 * seller, reaches nothing.
 */
export async function sellerScope(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actor = (req as AuthedRequest).auth_context;
    if (!actor?.actor_id || actor.actor_type !== 'user') return next();
    const path = adminPath(req);
    const method = req.method.toUpperCase();
    const found = await findSellerVillage(req.scope, actor.actor_id);
    if (!found) {
      if (await isRegencyAdmin(req.scope, actor.actor_id)) return next();
      if (path && UNGRANTED_ALLOWED.some((r) => r.method === method && r.path.test(path))) return next();
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        'Akun Anda belum diberi akses: minta admin kabupaten menautkan Anda ke desa atau memberi hak admin kabupaten.',
      );
    }
    const village = found as SellerVillage;
    const matched = path ? sellerRuleFor(method, path) : null;
    if (!matched) deny(village, 'Halaman atau tindakan ini');
    guardRelations(req, village, new Set(matched.rule.relations ?? []));
    const ctx = { req, res, village, params: matched.params };
    await matched.rule.apply?.(ctx);
    if (method !== 'GET') await requireOwnBodyIds(ctx);
    return next();
  } catch (error) {
    next(error);
  }
}
