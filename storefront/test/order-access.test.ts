import { describe, expect, it } from 'vitest';
import { grantedOrderId, orderGrant, validGrants, withGrant } from '../server/utils/order-access';

const SECRET = 'test-order-secret';
const ORDER = 'order_01ABCDEFGHJKMNPQRS';
const OTHER = 'order_01ZZZZZZZZZZZZZZZZ';
const NOW = Date.UTC(2026, 11, 3);

describe('order access cookie', () => {
  it('given a grant we signed, then it opens that order (positive control)', () => {
    expect(validGrants(SECRET, orderGrant(SECRET, ORDER, NOW), NOW).map(grantedOrderId)).toEqual([ORDER]);
  });

  it('given an order id alone, as the old unsigned cookie held it, then it opens nothing', () => {
    expect(validGrants(SECRET, ORDER, NOW)).toEqual([]);
    expect(validGrants(SECRET, `${ORDER}.${OTHER}`, NOW)).toEqual([]);
  });

  it('given a grant moved to another order, a changed expiry, another secret or a forged signature, then nothing', () => {
    const [, expires, signature] = orderGrant(SECRET, ORDER, NOW).split(':');
    expect(validGrants(SECRET, `${OTHER}:${expires}:${signature}`, NOW)).toEqual([]);
    expect(validGrants(SECRET, `${ORDER}:${Number(expires) + 3600}:${signature}`, NOW)).toEqual([]);
    expect(validGrants('another-secret', orderGrant(SECRET, ORDER, NOW), NOW)).toEqual([]);
    expect(validGrants(SECRET, `${ORDER}:${expires}:${'A'.repeat(43)}`, NOW)).toEqual([]);
  });

  it('given a grant older than 30 days, then it has expired', () => {
    const grant = orderGrant(SECRET, ORDER, NOW);
    expect(validGrants(SECRET, grant, NOW + 29 * 24 * 3600_000)).toHaveLength(1);
    expect(validGrants(SECRET, grant, NOW + 31 * 24 * 3600_000)).toEqual([]);
  });

  it('given more orders, then the newest ten are kept and forged entries are dropped', () => {
    let cookie = `${OTHER}:9999999999:forged`;
    const ids = Array.from({ length: 12 }, (_, i) => `order_01ABCDEFGHJKMNPQ${String(i).padStart(2, '0')}`);
    for (const id of ids) cookie = withGrant(SECRET, cookie, id, NOW);
    expect(validGrants(SECRET, cookie, NOW).map(grantedOrderId)).toEqual(ids.slice(2).reverse());
  });
});
