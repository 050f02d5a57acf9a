import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { paymentProofOf } from '../../../../../lib/payment-proof';

type Row = Record<string, any>;

/**
 * What the shopper's timeline needs and the store API does not give (it drops an order's metadata
 * and its parcels' tracking numbers): the proof of payment, why it was canceled, and each parcel
 * with its dates and resi. For the storefront only (its secret), after it checked the shopper.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: [
      'id',
      'metadata',
      'fulfillments.packed_at',
      'fulfillments.created_at',
      'fulfillments.shipped_at',
      'fulfillments.delivered_at',
      'fulfillments.canceled_at',
      'fulfillments.labels.tracking_number',
    ],
    filters: { id: String(req.params.id) },
  });
  const order = data[0] as Row | undefined;
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan tidak ditemukan');
  const proof = paymentProofOf(order.metadata);
  res.json({
    progress: {
      payment_proof: proof
        ? { status: proof.status, submitted_at: proof.submitted_at, reason: proof.reason ?? null }
        : null,
      cancel_reason: (order.metadata as Row | null)?.cancel_reason ?? null,
      fulfillments: (order.fulfillments ?? [])
        .filter((f: Row | null) => f && !f.canceled_at)
        .map((f: Row) => ({
          packed_at: f.packed_at ?? f.created_at ?? null,
          shipped_at: f.shipped_at ?? null,
          delivered_at: f.delivered_at ?? null,
          tracking_numbers: (f.labels ?? []).map((l: Row | null) => l?.tracking_number).filter(Boolean),
        })),
    },
  });
}
