import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { adminProducer } from '../../../../../lib/producers';
import { villageService } from '../../../../../lib/villages';
import { deleteProducerWorkflow, updateProducerWorkflow } from '../../../../../workflows';
import type { UpdateProducerBody } from '../validators';

/** Changes a producer (seller-scope checks it is of the seller's village). */
export async function POST(req: AuthenticatedMedusaRequest<UpdateProducerBody>, res: MedusaResponse) {
  const producer = await villageService(req.scope).retrieveProducer(req.params.id);
  const { result } = await updateProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: producer.id },
  });
  res.json({ producer: adminProducer(result) });
}

/** Removes a producer; its products then name none. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producer = await villageService(req.scope).retrieveProducer(req.params.id);
  await deleteProducerWorkflow(req.scope).run({ input: { id: producer.id } });
  res.json({ id: producer.id, object: 'producer', deleted: true });
}
