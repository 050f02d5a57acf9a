import { orderLinkToken } from 'medusa-plugin-webdesaku/lib/order-link';

// The same vector is checked by the storefront (storefront/test/order-link.test.ts): if either side
// changes how a link is signed, one of the two fails (docs/contracts.md, signed order links).
const VECTOR = {
  secret: 'rahasia-uji',
  orderId: 'order_01TEST0000000000000000',
  now: 1_800_000_000_000,
  token: '1802592000.Ea3esSlLfeJ9appbMe_-FmmX00xSXK9_kAA3i6Klfrc',
};

describe('signed order links', () => {
  it('signs the documented vector: expiry 30 days on, HMAC-SHA256 of order-link:<id>:<expires>', () => {
    expect(orderLinkToken(VECTOR.secret, VECTOR.orderId, VECTOR.now)).toBe(VECTOR.token);
  });

  it('gives another signature for another order or secret', () => {
    expect(orderLinkToken(VECTOR.secret, 'order_01TEST0000000000000001', VECTOR.now)).not.toBe(VECTOR.token);
    expect(orderLinkToken('rahasia-lain', VECTOR.orderId, VECTOR.now)).not.toBe(VECTOR.token);
  });
});
