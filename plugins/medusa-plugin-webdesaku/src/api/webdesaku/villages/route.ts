import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { publicVillage, villageService } from '../../../lib/villages';

/** Public list of villages with a shop, for the storefront (no key needed). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const villages = await villageService(req.scope).listVillages({}, { order: { name: 'ASC' } });
  res.json({ villages: villages.map(publicVillage) });
}
