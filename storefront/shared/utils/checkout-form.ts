import { stripControl } from './text';
import type { PaymentMethod } from '../types/commerce';
import { normalizeMobilePhone } from '@webdesaku/contracts';

export interface CheckoutFields {
  name: string;
  email: string;
  phone: string;
  shipping: string;
  address: string;
  city: string;
  postalCode: string;
  payment: string;
}

export interface ValidCheckout {
  name: string;
  email: string | null;
  phone: string;
  shipping: string;
  address: string;
  city: string;
  postalCode: string;
  payment: PaymentMethod;
}

export type CheckoutFieldError = 'name' | 'email' | 'phone' | 'shipping' | 'address' | 'payment';

export const EMPTY_CHECKOUT: CheckoutFields = {
  name: '',
  email: '',
  phone: '',
  shipping: '',
  address: '',
  city: '',
  postalCode: '',
  payment: '',
};

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,185}\.[^\s@]{2,}$/;

export function pickCheckoutFields(form: Record<string, string | undefined>): CheckoutFields {
  const pick = (key: keyof CheckoutFields, max: number) =>
    stripControl(form[key] ?? '', key === 'address')
      .trim()
      .slice(0, max);
  return {
    name: pick('name', 120),
    email: pick('email', 200),
    phone: pick('phone', 30),
    shipping: pick('shipping', 80),
    address: pick('address', 500),
    city: pick('city', 120),
    postalCode: pick('postalCode', 10),
    payment: pick('payment', 20),
  };
}

/**
 * `pickup` says whether the chosen shipping option is "Ambil di tempat" (then no address is needed);
 * `offered` the payment methods the village can take (shared/utils/payment-methods.ts).
 */
export function validateCheckout(
  fields: CheckoutFields,
  pickup: boolean,
  offered: readonly PaymentMethod[],
): { ok: true; value: ValidCheckout } | { ok: false; errors: CheckoutFieldError[] } {
  const errors: CheckoutFieldError[] = [];
  const phone = normalizeMobilePhone(fields.phone);
  if (fields.name.length < 2) errors.push('name');
  if (fields.email && !EMAIL.test(fields.email)) errors.push('email');
  if (!phone) errors.push('phone');
  if (!fields.shipping) errors.push('shipping');
  if (!pickup && fields.address.length < 5) errors.push('address');
  const payment = offered.find((m) => m === fields.payment);
  if (!payment) errors.push('payment');
  if (errors.length || !phone || !payment) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: fields.name,
      email: fields.email || null,
      phone,
      shipping: fields.shipping,
      address: fields.address,
      city: fields.city,
      postalCode: fields.postalCode,
      payment,
    },
  };
}
