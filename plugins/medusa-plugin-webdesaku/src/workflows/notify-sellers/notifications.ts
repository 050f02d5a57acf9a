import type { CreateNotificationDTO, NotificationContent } from '@medusajs/framework/types';
import { dashboardUrl, emailEnabled, whatsappEnabled } from '../../lib/config';
import { shopperOrderLink } from '../../lib/order-link';
import {
  sellerCanceledEmail,
  sellerOrderEmail,
  sellerProofEmail,
  shopperCanceledEmail,
  shopperOrderEmail,
  shopperPaidEmail,
  shopperProofRejectedEmail,
  shopperShippedEmail,
  type PlacedOrder,
} from '../../lib/order-email';
import { formatRupiah } from '../../lib/rupiah';
import { whatsappNumber } from '@webdesaku/contracts';
import type { OrderSellers } from './steps/find-order-sellers';

export const ORDER_EVENTS = [
  'order.placed',
  'order.canceled',
  'webdesaku.payment_proof.submitted',
  'webdesaku.payment_proof.rejected',
  'payment.captured',
  'shipment.created',
] as const;
export type OrderEvent = (typeof ORDER_EVENTS)[number];

// The seller's text gets the dashboard's address, the shopper's the signed link to their order.
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
  'payment.captured': { shopper: shopperPaidEmail },
  'shipment.created': { shopper: shopperShippedEmail },
};

type Messages = {
  bell: CreateNotificationDTO[];
  email: CreateNotificationDTO[];
  whatsapp: CreateNotificationDTO[];
};

/**
 * What an order event sends: the bell of every seller of its village; with SMTP configured an
 * e-mail to each of them and to the shopper; with the WhatsApp Cloud API configured the same text
 * to the village's WhatsApp number and the shopper's phone. Each has an idempotency key per event,
 * channel and recipient, so a repeated event (a retry, a second instance) sends nothing twice.
 */
export function orderNotifications(
  event: OrderEvent,
  found: OrderSellers | null,
  occurrence?: string | null,
): Messages {
  if (!found) return { bell: [], email: [], whatsapp: [] };
  const { order, sellers } = found;
  // An event may happen to an order more than once (a second proof, a second parcel): `occurrence`
  // (the proof's time, the parcel's or payment's id) keeps each one's messages apart.
  const about = occurrence ? `${event}:${order.id}:${occurrence}` : `${event}:${order.id}`;
  const wording = WORDING[event];
  const common = { trigger_type: event, resource_type: 'order', resource_id: order.id };
  const message = (
    channel: 'email' | 'whatsapp',
    audience: 'seller' | 'shopper',
    to: string,
    content: NotificationContent,
    receiver_id?: string,
  ): CreateNotificationDTO => ({
    ...common,
    to,
    receiver_id,
    channel,
    template: `${event}:${audience}`,
    idempotency_key: `${about}:${channel}:${to}`,
    content,
    // Medusa keeps no content with a notification; kept here, a failed one can be sent again.
    data: { content, attempts: 1 },
  });
  const bell = (wording.title ? sellers : []).map((seller): CreateNotificationDTO => ({
    ...common,
    to: seller.id,
    receiver_id: seller.id,
    channel: 'feed',
    template: 'admin-ui',
    idempotency_key: `${about}:feed:${seller.id}`,
    data: {
      title: `${wording.title} #${order.display_id}`,
      description: `${formatRupiah(order.total)} · Desa ${order.village.name}`,
    },
  }));
  const toSeller = wording.seller?.(order, dashboardUrl());
  const toShopper = wording.shopper?.(order, shopperOrderLink(order.id));
  const email = emailEnabled()
    ? [
        ...(toSeller
          ? sellers.filter((s) => s.email).map((s) => message('email', 'seller', s.email, toSeller, s.id))
          : []),
        ...(toShopper && order.email ? [message('email', 'shopper', order.email, toShopper)] : []),
      ]
    : [];
  const villagePhone = whatsappNumber(order.village.whatsapp);
  const shopperPhone = whatsappNumber(order.phone);
  const whatsapp = whatsappEnabled()
    ? [
        ...(toSeller && villagePhone ? [message('whatsapp', 'seller', villagePhone, toSeller)] : []),
        ...(toShopper && shopperPhone ? [message('whatsapp', 'shopper', shopperPhone, toShopper)] : []),
      ]
    : [];
  return { bell, email, whatsapp };
}
