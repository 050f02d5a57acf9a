import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';

type Row = Record<string, any>;

/**
 * The order an event is about. Order events carry the order's id; Medusa's `payment.captured`
 * carries the payment's and `shipment.created` the fulfilment's, reached through their links.
 */
export async function orderIdOfEvent(
  container: MedusaContainer,
  name: string,
  id: string,
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  if (name === 'payment.captured') {
    const { data } = await query.graph({
      entity: 'payment',
      fields: ['payment_collection.order.id'],
      filters: { id },
    });
    return (data[0] as Row | undefined)?.payment_collection?.order?.id ?? null;
  }
  if (name === 'shipment.created') {
    const { data } = await query.graph({ entity: 'fulfillment', fields: ['order.id'], filters: { id } });
    return (data[0] as Row | undefined)?.order?.id ?? null;
  }
  return id;
}
