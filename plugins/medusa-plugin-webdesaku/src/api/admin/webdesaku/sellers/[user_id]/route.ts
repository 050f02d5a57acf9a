import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { adminVillage, findSellerVillage } from '../../../../../lib/villages';

/** The village a user sells for, or null. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const village = await findSellerVillage(req.scope, req.params.user_id);
  res.json({ user_id: req.params.user_id, village: village ? adminVillage(village) : null });
}
