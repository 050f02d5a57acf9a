import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';

/**
 * The order behind the short number a shopper sees ("#12"), for the storefront only (the shared
 * secret, guards/order-read.ts): the storefront still asks for the shopper's e-mail or phone before
 * it shows anything of the order.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const raw = String(req.params.number ?? '').replace(/^#/, '');
  if (!/^\d{1,9}$/.test(raw))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Nomor pesanan berupa angka, mis. 12.');
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'order',
    fields: ['id'],
    filters: { display_id: Number(raw) },
  });
  const order = data[0] as { id: string } | undefined;
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan tidak ditemukan');
  res.json({ order: { id: order.id } });
}
