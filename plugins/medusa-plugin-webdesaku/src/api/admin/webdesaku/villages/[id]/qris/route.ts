import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { randomUUID } from 'node:crypto';
import { cleanPhoto } from '../../../../../../lib/clean-photo';
import { logPaymentChange } from '../../../../../../lib/payment-audit';
import { adminVillage, villageService } from '../../../../../../lib/villages';
import { setVillageQrisWorkflow, updateVillagePaymentWorkflow } from '../../../../../../workflows';
import type { PhotoBody } from '../../../../../validators/photo';

/** Sets the village's QRIS image from a photo or screenshot of the code. */
export async function POST(req: AuthenticatedMedusaRequest<PhotoBody>, res: MedusaResponse) {
  const village = await villageService(req.scope).retrieveVillage(req.params.id);
  const photo = await cleanPhoto(Buffer.from(req.validatedBody.content, 'base64'), 'Gambar QRIS');
  const { result } = await setVillageQrisWorkflow(req.scope).run({
    input: {
      village_id: village.id,
      image: {
        filename: `qris-${village.slug}-${randomUUID()}.${photo.extension}`,
        mimeType: photo.mime,
        content: photo.content.toString('base64'),
      },
    },
  });
  logPaymentChange(req, village, 'QRIS baru');
  res.json({ village: adminVillage(result) });
}

/** Removes the QRIS image: shoppers are then not offered QRIS details. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const village = await villageService(req.scope).retrieveVillage(req.params.id);
  const { result } = await updateVillagePaymentWorkflow(req.scope).run({
    input: { village_id: village.id, qris_image_url: null },
  });
  logPaymentChange(req, village, 'QRIS dihapus');
  res.json({ village: adminVillage(result) });
}
