import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { adminProducer } from '../../../../../../lib/producers';
import { villageService } from '../../../../../../lib/villages';
import { createProducerWorkflow } from '../../../../../../workflows';
import type { CreateProducerBody } from '../../../producers/validators';

/** The village's producers by name (its sellers: seller-scope checks the village is theirs). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const villages = villageService(req.scope);
  const village = await villages.retrieveVillage(req.params.id);
  const producers = await villages.listProducers({ village_id: village.id }, { order: { name: 'ASC' } });
  res.json({ producers: producers.map(adminProducer) });
}

/** Adds a producer to the village. */
export async function POST(req: AuthenticatedMedusaRequest<CreateProducerBody>, res: MedusaResponse) {
  const village = await villageService(req.scope).retrieveVillage(req.params.id);
  const { result } = await createProducerWorkflow(req.scope).run({
    input: { ...req.validatedBody, village_id: village.id },
  });
  res.json({ producer: adminProducer(result) });
}
