import type { PaymentDetails, ShippingChoice, VillageCart } from '#shared/types/commerce';
import { toHttpError } from './http-errors';

export interface CheckoutPageDeps {
  /** the village's shop; a village Medusa does not know rejects with a 404 BackendError */
  village: (slug: string) => Promise<{ key: string; payment: PaymentDetails }>;
  carts: () => Promise<VillageCart[]>;
  shippingOptions: (key: string, cartId: string) => Promise<ShippingChoice[]>;
}

export interface CheckoutPage {
  cart: VillageCart | null;
  shippingOptions: ShippingChoice[];
  /** the village's bank accounts and QRIS: which methods to offer, and where to transfer */
  payment: PaymentDetails;
}

/**
 * What the checkout page needs. The village is looked up first: an unknown village is a 404
 * (never an empty checkout for a shop that does not exist); Medusa down is a calm 503.
 */
export async function loadCheckoutPage(slug: string, deps: CheckoutPageDeps): Promise<CheckoutPage> {
  const { key, payment } = await deps.village(slug).catch((error) => {
    throw toHttpError(error, 'Desa');
  });
  const carts = await deps.carts().catch((error) => {
    throw toHttpError(error, 'Keranjang');
  });
  const cart = carts.find((c) => c.village === slug);
  if (!cart) return { cart: null, shippingOptions: [], payment };
  const shippingOptions = await deps.shippingOptions(key, cart.id).catch((error) => {
    throw toHttpError(error, 'Keranjang');
  });
  return { cart, shippingOptions, payment };
}
