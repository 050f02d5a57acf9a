import type { ValidCheckout } from '#shared/utils/checkout-form';
import { BackendError } from './backend-http';
import { PAYMENT_PROVIDER_IDS } from '@webdesaku/contracts';
import { useMedusa } from './medusa';

// A double click or a retried request must not create two orders. Within one process the
// second submit waits for the first and gets its result; across processes Medusa's cart
// completion is idempotent (a completed cart returns its order).
const running = new Map<string, Promise<string>>();

export function placeOrderOnce(cartId: string, place: () => Promise<string>): Promise<string> {
  const existing = running.get(cartId);
  if (existing) return existing;
  const task = place().finally(() => setTimeout(() => running.delete(cartId), 5000));
  running.set(cartId, task);
  return task;
}

/** Shoppers without email still get an order: the address is derived from their phone and marked in metadata. */
export function orderEmail(value: ValidCheckout): string {
  return value.email ?? `${value.phone.replace(/\D/g, '')}@pembeli.webdesaku.id`;
}

export async function placeOrder(
  key: string,
  cartId: string,
  village: { slug: string; name: string },
  value: ValidCheckout,
  pickup: boolean,
): Promise<string> {
  const medusa = useMedusa();
  const current = await medusa.cart(key, cartId);
  if (!current) throw new BackendError('medusa', 404, 'cart not found');
  if (!current.completed_at) {
    const [first, ...rest] = value.name.split(/\s+/);
    const address = {
      first_name: first ?? value.name,
      last_name: rest.join(' '),
      address_1: pickup ? `Ambil di tempat: Desa ${village.name}` : value.address,
      city: pickup ? village.name : value.city || village.name,
      postal_code: value.postalCode || undefined,
      country_code: 'id',
      phone: value.phone,
    };
    await medusa.updateCart(key, cartId, {
      email: orderEmail(value),
      shipping_address: address,
      billing_address: address,
      metadata: {
        village: village.slug,
        payment_method: value.payment,
        pickup,
        phone: value.phone,
        has_email: !!value.email,
      },
    });
    await medusa.setShipping(key, cartId, value.shipping);
    await medusa.startPayment(key, cartId, PAYMENT_PROVIDER_IDS[value.payment]);
  }
  const result = await medusa.complete(key, cartId);
  if ('error' in result) throw new BackendError('medusa', 409, result.error);
  return result.orderId;
}

/** The order may be shown to whoever knows its id and the email or phone used for it. */
export function contactMatches(
  contact: string,
  order: { email: string | null; phone: string | null },
  normalize: (p: string) => string | null,
): boolean {
  const given = contact.trim().toLowerCase();
  if (!given) return false;
  if (order.email && given === order.email.toLowerCase()) return true;
  const phone = normalize(given);
  return !!phone && !!order.phone && normalize(order.phone) === phone;
}
