import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { productProducer } from '../../../../../../lib/product-producer';
import { setProductProducerWorkflow } from '../../../../../../workflows';
import type { SetProductProducerBody } from '../../validators';

/** Who made the product, and the village whose producers it may name. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await productProducer(req.scope, req.params.id));
}

/**
 * Names the product's producer (null: none). Seller-scope checks the product and the producer are
 * the seller's village's; the workflow checks, for everyone, that they are of the same village.
 */
export async function POST(req: AuthenticatedMedusaRequest<SetProductProducerBody>, res: MedusaResponse) {
  await setProductProducerWorkflow(req.scope).run({
    input: { product_id: req.params.id, producer_id: req.validatedBody.producer_id },
  });
  res.json(await productProducer(req.scope, req.params.id));
}
