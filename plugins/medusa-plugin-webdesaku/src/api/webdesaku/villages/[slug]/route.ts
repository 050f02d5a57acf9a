import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { publicVillage, villageService } from '../../../../lib/villages';

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const slug = req.params.slug.toLowerCase();
  const [village] = await villageService(req.scope).listVillages({ slug });
  if (!village) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Desa dengan slug "${slug}" tidak ditemukan`);
  }
  res.json({ village: publicVillage(village) });
}
