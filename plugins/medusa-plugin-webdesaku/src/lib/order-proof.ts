import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError, Modules } from '@medusajs/framework/utils';
import { ORDER_STATE_FIELDS } from './order-state';
import { paymentProofOf, type PaymentProof } from './payment-proof';
import { isPhoto } from './clean-photo';
import { sniffImage } from './sniff-file';

type Row = Record<string, any>;

/** The order's state (lib/order-state.ts) and its proof of payment, if one was sent. */
export async function orderWithProof(
  req: MedusaRequest,
  orderId: string,
): Promise<{ order: Row | undefined; proof: PaymentProof | null }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: ORDER_STATE_FIELDS,
    filters: { id: orderId },
  });
  const order = data[0] as Row | undefined;
  return { order, proof: order ? paymentProofOf(order.metadata) : null };
}

/**
 * The proof photo itself, to whoever the route let through (the order's sellers, or the shopper via
 * the storefront). Never cached by a shared cache. Typed by its bytes again, never by what the
 * metadata says: whatever wrote the metadata, only a photo leaves this route (an HTML file served
 * on the dashboard's origin would be a script against the seller who opens it).
 */
export async function sendProofImage(req: MedusaRequest, res: MedusaResponse, orderId: string) {
  const { proof } = await orderWithProof(req, orderId);
  if (!proof) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan ini belum punya bukti pembayaran');
  const bytes = await req.scope.resolve(Modules.FILE).getAsBuffer(proof.file_id);
  const kind = sniffImage(bytes);
  if (!isPhoto(kind)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan ini belum punya bukti pembayaran');
  }
  res.setHeader('content-type', kind.mime);
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-disposition', 'inline');
  res.end(bytes);
}
