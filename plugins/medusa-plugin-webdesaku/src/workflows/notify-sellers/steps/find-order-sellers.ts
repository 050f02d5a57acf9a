import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import type { PlacedOrder } from '../../../lib/order-email';
import { paymentProofOf } from '../../../lib/payment-proof';
import { villageService } from '../../../lib/villages';

export type OrderSellers = {
  order: PlacedOrder;
  sellers: { id: string; email: string }[];
};

type Row = Record<string, any>;

/** The order, its village (by sales channel) and that village's sellers; nobody else. */
export const findOrderSellersStep = createStep(
  'webdesaku-find-order-sellers',
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data: orders } = await query.graph({
      entity: 'order',
      fields: [
        'id',
        'display_id',
        'total',
        'email',
        'metadata',
        'shipping_address.phone',
        'shipping_methods.name',
        'fulfillments.labels.tracking_number',
        'sales_channel_id',
        'items.title',
        'items.quantity',
        'items.total',
      ],
      filters: { id: input.order_id },
    });
    const order = orders[0] as Row | undefined;
    if (!order?.sales_channel_id) return new StepResponse<OrderSellers | null>(null);
    const [village] = await villageService(container).listVillages({
      sales_channel_id: order.sales_channel_id,
    });
    if (!village) return new StepResponse<OrderSellers | null>(null);
    const { data } = await query.graph({
      entity: 'village',
      fields: ['id', 'users.id', 'users.email'],
      filters: { id: village.id },
    });
    const sellers = ((data[0] as Row | undefined)?.users ?? [])
      .filter(Boolean)
      .map((u: Row) => ({ id: u.id as string, email: u.email as string }));
    return new StepResponse<OrderSellers | null>({
      order: {
        id: order.id,
        display_id: Number(order.display_id),
        total: Number(order.total),
        email: order.email ?? null,
        phone: order.shipping_address?.phone ?? null,
        items: (order.items ?? []).filter(Boolean).map((i: Row) => ({
          title: String(i.title),
          quantity: Number(i.quantity),
          total: Number(i.total),
        })),
        village: { name: village.name, slug: village.slug, whatsapp: village.whatsapp },
        proof_rejection: paymentProofOf(order.metadata)?.reason ?? null,
        delivery: order.shipping_methods?.[0]?.name ?? null,
        tracking_numbers: (order.fulfillments ?? [])
          .flatMap((f: Row | null) => f?.labels ?? [])
          .map((l: Row | null) => l?.tracking_number)
          .filter((n: unknown): n is string => typeof n === 'string' && n.trim() !== '' && n !== '-'),
      },
      sellers,
    });
  },
);
