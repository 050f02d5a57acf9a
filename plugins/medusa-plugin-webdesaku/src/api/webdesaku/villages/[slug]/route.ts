import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { findVillageBySlug, publicVillage } from '../../../../lib/villages';

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ village: publicVillage(await findVillageBySlug(req.scope, req.params.slug)) });
}
