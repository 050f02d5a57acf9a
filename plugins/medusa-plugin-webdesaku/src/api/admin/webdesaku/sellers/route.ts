import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { adminVillage, findSellerVillage } from '../../../../lib/villages';
import { linkSellerWorkflow } from '../../../../workflows';
import type { LinkSellerBody } from './validators';

/**
 * Makes an admin user the seller of a village (regency admins only: the seller scope
 * refuses this route to sellers).
 */
export async function POST(req: AuthenticatedMedusaRequest<LinkSellerBody>, res: MedusaResponse) {
  await linkSellerWorkflow(req.scope).run({ input: req.validatedBody });
  const village = await findSellerVillage(req.scope, req.validatedBody.user_id);
  res.json({ user_id: req.validatedBody.user_id, village: village ? adminVillage(village) : null });
}
