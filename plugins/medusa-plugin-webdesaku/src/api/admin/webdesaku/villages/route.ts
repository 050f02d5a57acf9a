import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { provisionVillage } from '../../../../lib/provision';
import { adminVillage, findSellerVillage, villageService } from '../../../../lib/villages';
import type { UpsertVillageBody } from './validators';

// Strapi calls this with the sync secret as Bearer, which Medusa's user auth would
// reject as a bad JWT; authenticateSyncOrRegency (middlewares.ts) checks instead, and
// GET gets the ordinary user authentication there.
export const AUTHENTICATE = false;

/** Upsert a village's shop by slug (called by Strapi on every village save). */
export async function POST(req: MedusaRequest<UpsertVillageBody>, res: MedusaResponse) {
  const village = await provisionVillage(req.scope, req.validatedBody);
  res.json({ village: adminVillage(village) });
}

/** Villages for the admin widgets: a regency admin sees all, a seller only its own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const own = await findSellerVillage(req.scope, req.auth_context.actor_id);
  const villages = own ? [own] : await villageService(req.scope).listVillages({}, { order: { name: 'ASC' } });
  res.json({ villages: villages.map(adminVillage), seller_village_id: own?.id ?? null });
}
