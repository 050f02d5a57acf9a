import { describe, expect, it } from 'vitest';
import { validOrderLink } from '../server/utils/order-link';

// The vector Medusa's side signs (commerce/integration-tests/unit/order-link.spec.ts).
const VECTOR = {
  secret: 'rahasia-uji',
  orderId: 'order_01TEST0000000000000000',
  now: 1_800_000_000_000,
  token: '1802592000.Ea3esSlLfeJ9appbMe_-FmmX00xSXK9_kAA3i6Klfrc',
};

describe('signed order links from e-mails and WhatsApp', () => {
  it('given the link Medusa signed, then it opens that order until it expires', () => {
    expect(validOrderLink(VECTOR.secret, VECTOR.orderId, VECTOR.token, VECTOR.now)).toBe(true);
    const afterExpiry = 1_802_592_001_000;
    expect(validOrderLink(VECTOR.secret, VECTOR.orderId, VECTOR.token, afterExpiry)).toBe(false);
  });

  it('given another order, secret, a changed expiry or junk, then it opens nothing', () => {
    expect(validOrderLink(VECTOR.secret, 'order_01TEST0000000000000001', VECTOR.token, VECTOR.now)).toBe(
      false,
    );
    expect(validOrderLink('rahasia-lain', VECTOR.orderId, VECTOR.token, VECTOR.now)).toBe(false);
    const later = VECTOR.token.replace('1802592000', '1902592000');
    expect(validOrderLink(VECTOR.secret, VECTOR.orderId, later, VECTOR.now)).toBe(false);
    for (const junk of ['', '1802592000', '1802592000.', 'x.y', `${VECTOR.token}x`])
      expect(validOrderLink(VECTOR.secret, VECTOR.orderId, junk, VECTOR.now)).toBe(false);
  });
});
