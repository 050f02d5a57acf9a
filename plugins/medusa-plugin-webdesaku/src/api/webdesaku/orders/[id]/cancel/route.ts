import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { cancelOrderWithReasonWorkflow } from '../../../../../workflows';
import { isPacked, isPaid, ORDER_STATE_FIELDS } from '../../../../../lib/order-state';

/**
 * The shopper cancels their own order (the storefront checked who they are): only while nothing
 * is paid or packed. A paid or shipped order is the seller's to cancel, with the refund.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: ORDER_STATE_FIELDS,
    filters: { id: String(req.params.id) },
  });
  const order = data[0] as Record<string, any> | undefined;
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan tidak ditemukan');
  if (order.status !== 'pending' || isPaid(order) || isPacked(order)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Pesanan yang sudah dibayar, dikemas atau selesai hanya dapat dibatalkan oleh penjual.',
    );
  }
  await cancelOrderWithReasonWorkflow(req.scope).run({
    input: { order_id: order.id, reason: 'Dibatalkan oleh pembeli' },
  });
  res.json({ order: { id: order.id, status: 'canceled' } });
}
