import { describe, expect, it, vi } from 'vitest';
import { normalizeMobilePhone as normalizePhone } from '@webdesaku/contracts';
import { pickCheckoutFields, validateCheckout } from '../shared/utils/checkout-form';

const ALL = ['transfer', 'cod', 'qris'] as const;
import { BackendError } from '../server/utils/backend-http';
import { parseCartCookie } from '../server/utils/cart-cookie';
import { checkoutErrorCode } from '../server/utils/checkout-errors';
import { contactMatches, orderEmail, placeOrderOnce } from '../server/utils/checkout';

const form = (overrides: Record<string, string> = {}) =>
  pickCheckoutFields({
    name: 'Siti Aminah',
    phone: '0812-3456-7890',
    email: '',
    shipping: 'so_pickup',
    address: '',
    payment: 'cod',
    ...overrides,
  });

describe('checkout form validation', () => {
  it('given pickup and COD with a local phone number, then it is valid and the phone is normalized', () => {
    const result = validateCheckout(form(), true, ALL);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'Siti Aminah',
        phone: '+6281234567890',
        email: null,
        payment: 'cod',
      }),
    });
  });

  it('given delivery without an address, then "address" is reported', () => {
    expect(validateCheckout(form(), false, ALL)).toEqual({ ok: false, errors: ['address'] });
  });

  it('given a method the village cannot take (no bank account), then the payment is refused', () => {
    expect(validateCheckout(form({ payment: 'transfer' }), true, ['cod'])).toEqual({
      ok: false,
      errors: ['payment'],
    });
    expect(validateCheckout(form({ payment: 'cod' }), true, ['cod']).ok).toBe(true);
  });

  it('given an invalid phone, email and payment, then each is reported so the page can explain them', () => {
    expect(
      validateCheckout(form({ phone: '12345', email: 'bukan-email', payment: 'bitcoin' }), true, ALL),
    ).toEqual({ ok: false, errors: ['email', 'phone', 'payment'] });
  });

  it('given phone spellings, then Indonesian mobiles are accepted and others refused', () => {
    expect(normalizePhone('+62 812 3456 7890')).toBe('+6281234567890');
    expect(normalizePhone('6281234567890')).toBe('+6281234567890');
    expect(normalizePhone('(0264) 200001')).toBeNull();
    expect(normalizePhone('08123')).toBeNull();
  });

  it('given very long input, then fields are cut to their limits (nothing huge reaches Medusa or the cookie)', () => {
    expect(form({ name: 'x'.repeat(5000) }).name).toHaveLength(120);
    expect(form({ name: 'Siti\u0000Aminah' }).name).toBe('Siti Aminah');
  });

  it('given no email, then the order gets an address derived from the phone', () => {
    const result = validateCheckout(form(), true, ALL);
    if (!result.ok) throw new Error('expected valid');
    expect(orderEmail(result.value)).toBe('6281234567890@pembeli.webdesaku.id');
  });
});

describe('placing an order once', () => {
  it('given a double click (two concurrent submits for one cart), then the order is placed once and both get its id', async () => {
    const place = vi.fn(async () => 'order_01ABCDEFGHIJ');
    const [a, b] = await Promise.all([
      placeOrderOnce('cart_1234567890', place),
      placeOrderOnce('cart_1234567890', place),
    ]);
    expect([a, b]).toEqual(['order_01ABCDEFGHIJ', 'order_01ABCDEFGHIJ']);
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('given Medusa errors, then they map to the codes the page explains', () => {
    expect(
      checkoutErrorCode(new BackendError('medusa', 400, 'Some variant does not have the required inventory')),
    ).toBe('stock');
    expect(checkoutErrorCode(new BackendError('medusa', null, 'ECONNREFUSED'))).toBe('unavailable');
    expect(checkoutErrorCode(new Error('boom'))).toBe('unavailable');
  });

  it('given a timeout or a 5xx on /shipping-methods, then "unavailable" (coba lagi), not a shipping mistake', () => {
    const url = '"http://localhost:9000/store/carts/cart_01ABC/shipping-methods"';
    expect(
      checkoutErrorCode(
        new BackendError(
          'medusa',
          null,
          `[POST] ${url}: <no response> The operation was aborted due to timeout`,
        ),
      ),
    ).toBe('unavailable');
    expect(checkoutErrorCode(new BackendError('medusa', 502, `[POST] ${url}: 502 Bad Gateway`))).toBe(
      'unavailable',
    );
    expect(
      checkoutErrorCode(
        new BackendError('medusa', 500, 'An unknown error occurred.', {
          type: 'unknown_error',
          message: 'An unknown error occurred.',
        }),
      ),
    ).toBe('unavailable');
  });

  it('given a 4xx, then what Medusa said decides the code, never the URL it was said on', () => {
    const url = '"http://localhost:9000/store/carts/cart_01ABC/shipping-methods"';
    expect(checkoutErrorCode(new BackendError('medusa', 400, `[POST] ${url}: 400 Bad Request`))).toBe(
      'rejected',
    );
    expect(
      checkoutErrorCode(
        new BackendError('medusa', 400, 'Shipping Options are invalid for cart.', {
          type: 'invalid_data',
          message: 'Shipping Options are invalid for cart.',
        }),
      ),
    ).toBe('shipping');
  });
});

describe('order lookup contact', () => {
  const order = { email: 'siti@example.id', phone: '+6281234567890' };
  it('given the email (any case) or the phone in any spelling, then it matches; otherwise not', () => {
    expect(contactMatches('SITI@example.id', order, normalizePhone)).toBe(true);
    expect(contactMatches('0812 3456 7890', order, normalizePhone)).toBe(true);
    expect(contactMatches('0812 0000 0000', order, normalizePhone)).toBe(false);
    expect(contactMatches('', order, normalizePhone)).toBe(false);
  });
});

describe('cart cookie', () => {
  it('given a tampered cookie, then only well-formed village → cart pairs survive', () => {
    expect(
      parseCartCookie(
        JSON.stringify({ anjun: 'cart_01ABCDEFGHIJ', 'BAD SLUG': 'cart_01ABCDEFGHIJ', wanayasa: '<script>' }),
      ),
    ).toEqual({ anjun: 'cart_01ABCDEFGHIJ' });
    expect(parseCartCookie('{not json')).toEqual({});
    expect(parseCartCookie(undefined)).toEqual({});
  });
});
