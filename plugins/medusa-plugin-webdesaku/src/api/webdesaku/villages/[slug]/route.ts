import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { publicVillage, villageService } from '../../../../lib/villages';

// Same shape as the slug a village is created with (UpsertVillageSchema).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const slug = String(req.params.slug ?? '').toLowerCase();
  if (slug.length > 100 || !SLUG.test(slug)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'Slug desa tidak valid: gunakan huruf kecil, angka dan tanda hubung, mis. "anjun".',
    );
  }
  const [village] = await villageService(req.scope).listVillages({ slug });
  if (!village) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Desa dengan slug "${slug}" tidak ditemukan`);
  }
  res.json({ village: publicVillage(village) });
}
