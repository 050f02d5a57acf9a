import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { orderWithProof } from '../../../../../../../lib/order-proof';
import { requireAwaitingProof } from '../../../../../../../lib/payment-proof';
import { rejectPaymentProofWorkflow } from '../../../../../../../workflows';
import type { RejectProofBody } from './validators';

/** The seller rejects the shopper's proof with a reason (the shopper is e-mailed and may send another). */
export async function POST(req: AuthenticatedMedusaRequest<RejectProofBody>, res: MedusaResponse) {
  const { order, proof } = await orderWithProof(req, String(req.params.id));
  requireAwaitingProof(order);
  if (proof?.status !== 'submitted') {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Tidak ada bukti pembayaran yang menunggu diperiksa.',
    );
  }
  const { result } = await rejectPaymentProofWorkflow(req.scope).run({
    input: { order_id: order.id, proof, reason: req.validatedBody.reason },
  });
  res.json({ payment_proof: result });
}
