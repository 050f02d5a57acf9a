import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { randomUUID } from 'node:crypto';
import { cleanPhoto } from '../../../../../lib/clean-photo';
import { orderWithProof, sendProofImage } from '../../../../../lib/order-proof';
import { requireAwaitingProof } from '../../../../../lib/payment-proof';
import { submitPaymentProofWorkflow } from '../../../../../workflows';
import type { PhotoBody } from '../../../../validators/photo';

/** The shopper (through the storefront, which checked who they are) sends the photo of their payment. */
export async function POST(req: MedusaRequest<PhotoBody>, res: MedusaResponse) {
  const { order, proof } = await orderWithProof(req, String(req.params.id));
  requireAwaitingProof(order);
  const photo = await cleanPhoto(Buffer.from(req.validatedBody.content, 'base64'), 'Bukti pembayaran');
  const { result } = await submitPaymentProofWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      image: {
        // A random name: with the local file provider even a private file lies under /static.
        filename: `bukti-${randomUUID()}.${photo.extension}`,
        mimeType: photo.mime,
        content: photo.content.toString('base64'),
      },
      previous_file_id: proof?.file_id ?? null,
    },
  });
  res.json({ payment_proof: { status: result.status, submitted_at: result.submitted_at } });
}

/** The shopper's own proof, shown back on the order page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendProofImage(req, res, String(req.params.id));
}
