import type { CreateNotificationDTO } from '@medusajs/framework/types';
import { dashboardUrl, emailEnabled, storefrontUrl } from '../../lib/config';
import { sellerOrderEmail, shopperOrderEmail } from '../../lib/order-email';
import { formatRupiah } from '../../lib/rupiah';
import type { OrderSellers } from './steps/find-order-sellers';

/**
 * What a placed order sends: the bell of every seller of its village, and with SMTP configured
 * an e-mail to each of them and to the shopper. Each has an idempotency key per event and
 * recipient, so a repeated event (a retry, a second instance) sends nothing twice.
 */
export function orderPlacedNotifications(found: OrderSellers | null): {
  bell: CreateNotificationDTO[];
  email: CreateNotificationDTO[];
} {
  if (!found) return { bell: [], email: [] };
  const { order, sellers } = found;
  const common = { trigger_type: 'order.placed', resource_type: 'order', resource_id: order.id };
  const key = (channel: string, to: string) => `order.placed:${order.id}:${channel}:${to}`;
  const bell = sellers.map((seller): CreateNotificationDTO => ({
    ...common,
    to: seller.id,
    receiver_id: seller.id,
    channel: 'feed',
    template: 'admin-ui',
    idempotency_key: key('feed', seller.id),
    data: {
      title: `Pesanan baru #${order.display_id}`,
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
      template: 'order-placed-seller',
      idempotency_key: key('email', seller.email),
      content: sellerOrderEmail(order, dashboardUrl()),
    }));
  const toShopper: CreateNotificationDTO[] = order.email
    ? [
        {
          ...common,
          to: order.email,
          channel: 'email',
          template: 'order-placed-shopper',
          idempotency_key: key('email', order.email),
          content: shopperOrderEmail(order, storefrontUrl()),
        },
      ]
    : [];
  return { bell, email: [...toSellers, ...toShopper] };
}
