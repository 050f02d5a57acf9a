import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { randomUUID } from 'node:crypto';
import { cleanPhoto } from '../../../../../../lib/clean-photo';
import { adminProducer } from '../../../../../../lib/producers';
import { villageService } from '../../../../../../lib/villages';
import { setProducerPhotoWorkflow } from '../../../../../../workflows';
import type { PhotoBody } from '../../../../../validators/photo';

/** Sets a producer's photo: re-encoded, so what the phone wrote into it (GPS, device) is gone. */
export async function POST(req: AuthenticatedMedusaRequest<PhotoBody>, res: MedusaResponse) {
  const producer = await villageService(req.scope).retrieveProducer(req.params.id);
  const photo = await cleanPhoto(Buffer.from(req.validatedBody.content, 'base64'), 'Foto pelapak');
  const { result } = await setProducerPhotoWorkflow(req.scope).run({
    input: {
      id: producer.id,
      image: {
        filename: `pelapak-${randomUUID()}.${photo.extension}`,
        mimeType: photo.mime,
        content: photo.content.toString('base64'),
      },
    },
  });
  res.json({ producer: adminProducer(result) });
}

/** Removes the producer's photo from the shop, and its file. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producer = await villageService(req.scope).retrieveProducer(req.params.id);
  const { result } = await setProducerPhotoWorkflow(req.scope).run({
    input: { id: producer.id, image: null },
  });
  res.json({ producer: adminProducer(result) });
}
