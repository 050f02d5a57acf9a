import type { CreateNotificationDTO } from '@medusajs/framework/types';
import { dashboardUrl, emailEnabled, storefrontUrl } from '../../lib/config';
import {
  sellerCanceledEmail,
  sellerOrderEmail,
  shopperCanceledEmail,
  shopperOrderEmail,
} from '../../lib/order-email';
import { formatRupiah } from '../../lib/rupiah';
import type { OrderSellers } from './steps/find-order-sellers';

export type OrderEvent = 'order.placed' | 'order.canceled';

const WORDING = {
  'order.placed': { title: 'Pesanan baru', seller: sellerOrderEmail, shopper: shopperOrderEmail },
  'order.canceled': {
    title: 'Pesanan dibatalkan',
    seller: sellerCanceledEmail,
    shopper: shopperCanceledEmail,
  },
} as const;

/**
 * What an order event sends: the bell of every seller of its village, and with SMTP configured
 * an e-mail to each of them and to the shopper. Each has an idempotency key per event and
 * recipient, so a repeated event (a retry, a second instance) sends nothing twice.
 */
export function orderNotifications(
  event: OrderEvent,
  found: OrderSellers | null,
): {
  bell: CreateNotificationDTO[];
  email: CreateNotificationDTO[];
} {
  if (!found) return { bell: [], email: [] };
  const { order, sellers } = found;
  const wording = WORDING[event];
  const common = { trigger_type: event, resource_type: 'order', resource_id: order.id };
  const key = (channel: string, to: string) => `${event}:${order.id}:${channel}:${to}`;
  const bell = sellers.map((seller): CreateNotificationDTO => ({
    ...common,
    to: seller.id,
    receiver_id: seller.id,
    channel: 'feed',
    template: 'admin-ui',
    idempotency_key: key('feed', seller.id),
    data: {
      title: `${wording.title} #${order.display_id}`,
      description: `${formatRupiah(order.total)} · Desa ${order.village.name}`,
    },
  }));
  if (!emailEnabled()) return { bell, email: [] };
  const toSellers = sellers
    .filter((seller) => seller.email)
    .map((seller): CreateNotificationDTO => ({
      ...common,
      to: seller.email,
      receiver_id: seller.id,
      channel: 'email',
      template: `${event}:seller`,
      idempotency_key: key('email', seller.email),
      content: wording.seller(order, dashboardUrl()),
    }));
  const toShopper: CreateNotificationDTO[] = order.email
    ? [
        {
          ...common,
          to: order.email,
          channel: 'email',
          template: `${event}:shopper`,
          idempotency_key: key('email', order.email),
          content: wording.shopper(order, storefrontUrl()),
        },
      ]
    : [];
  return { bell, email: [...toSellers, ...toShopper] };
}
