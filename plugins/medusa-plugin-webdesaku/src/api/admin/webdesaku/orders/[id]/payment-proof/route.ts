import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { sendProofImage } from '../../../../../../lib/order-proof';

/** The proof photo for the order's sellers (seller-scope checks the order is their village's). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendProofImage(req, res, String(req.params.id));
}
