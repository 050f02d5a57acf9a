import type { CreateNotificationDTO, NotificationContent } from '@medusajs/framework/types';
import { dashboardUrl, emailEnabled, storefrontUrl } from '../../lib/config';
import {
  sellerCanceledEmail,
  sellerOrderEmail,
  sellerProofEmail,
  shopperCanceledEmail,
  shopperOrderEmail,
  shopperProofRejectedEmail,
  type PlacedOrder,
} from '../../lib/order-email';
import { formatRupiah } from '../../lib/rupiah';
import type { OrderSellers } from './steps/find-order-sellers';

export const ORDER_EVENTS = [
  'order.placed',
  'order.canceled',
  'webdesaku.payment_proof.submitted',
  'webdesaku.payment_proof.rejected',
] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

type Email = (order: PlacedOrder, url: string) => NotificationContent;

/** Per event: the sellers' bell title (none: no bell) and who is e-mailed. */
const WORDING: Record<OrderEvent, { title?: string; seller?: Email; shopper?: Email }> = {
  'order.placed': { title: 'Pesanan baru', seller: sellerOrderEmail, shopper: shopperOrderEmail },
  'order.canceled': {
    title: 'Pesanan dibatalkan',
    seller: sellerCanceledEmail,
    shopper: shopperCanceledEmail,
  },
  'webdesaku.payment_proof.submitted': { title: 'Bukti pembayaran dikirim', seller: sellerProofEmail },
  'webdesaku.payment_proof.rejected': { shopper: shopperProofRejectedEmail },
};

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
  const bell = (wording.title ? sellers : []).map((seller): CreateNotificationDTO => ({
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
  const sellerEmail = wording.seller;
  const shopperEmail = wording.shopper;
  const toSellers = (sellerEmail ? sellers : [])
    .filter((seller) => seller.email)
    .map((seller): CreateNotificationDTO => ({
      ...common,
      to: seller.email,
      receiver_id: seller.id,
      channel: 'email',
      template: `${event}:seller`,
      idempotency_key: key('email', seller.email),
      content: sellerEmail!(order, dashboardUrl()),
    }));
  const toShopper: CreateNotificationDTO[] =
    order.email && shopperEmail
      ? [
          {
            ...common,
            to: order.email,
            channel: 'email',
            template: `${event}:shopper`,
            idempotency_key: key('email', order.email),
            content: shopperEmail(order, storefrontUrl()),
          },
        ]
      : [];
  return { bell, email: [...toSellers, ...toShopper] };
}
