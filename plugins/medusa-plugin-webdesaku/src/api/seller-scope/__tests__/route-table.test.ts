import { describe, expect, it } from 'vitest';
import { sellerRuleFor } from '../rules';

// The seller's allow table as data: method + path under /admin → allowed (with the ids the rule
// then checks are the village's own) or refused. Deny by default: every refused row is a route a
// real dashboard or attacker could call; the allowed rows are the positive control, so a table
// that refuses everything fails here too.
const ALLOWED: [method: string, path: string, params: (string | undefined)[]][] = [
  ['GET', '/products', []],
  ['POST', '/products', []],
  ['GET', '/products/prod_01ABC', ['prod_01ABC', undefined]],
  ['POST', '/products/prod_01ABC/variants/variant_1', ['prod_01ABC', '/variants/variant_1']],
  ['DELETE', '/products/prod_01ABC', ['prod_01ABC', undefined]],
  ['GET', '/orders', []],
  ['GET', '/orders/order_1', ['order_1', undefined]],
  ['POST', '/orders/order_1/fulfillments', ['order_1', '/fulfillments']],
  ['POST', '/orders/order_1/fulfillments/ful_1/shipments', ['order_1', '/fulfillments/ful_1/shipments']],
  ['GET', '/inventory-items', []],
  ['POST', '/inventory-items/iitem_1/location-levels/sloc_1', ['iitem_1', 'sloc_1']],
  ['POST', '/payments/pay_1/capture', ['pay_1', 'capture']],
  ['GET', '/customers/cus_1', ['cus_1', undefined, undefined]],
  ['GET', '/webdesaku/villages/anjun/producers', ['anjun']],
  ['POST', '/webdesaku/producers/prdc_1/photo', ['prdc_1', '/photo']],
  ['GET', '/sales-channels/sc_1', ['sc_1']],
  ['POST', '/uploads', []],
  ['GET', '/notifications', []],
  // Read-only settings the dashboard's forms need (their relations are limited per rule)
  ['GET', '/regions', [undefined]],
  ['GET', '/users/me', []],
];

const REFUSED: [method: string, path: string][] = [
  // Other villages' and the regency's records, and whole-store settings
  ['POST', '/regions'],
  ['POST', '/regions/reg_1'],
  ['GET', '/users/user_2'],
  ['POST', '/sales-channels/sc_1'],
  ['DELETE', '/sales-channels/sc_1'],
  ['POST', '/stock-locations/sloc_1'],
  ['GET', '/users'],
  ['POST', '/users/user_1'],
  ['POST', '/invites'],
  ['GET', '/api-keys'],
  ['POST', '/api-keys/apk_1/revoke'],
  ['GET', '/customers'],
  ['POST', '/customers/cus_1'],
  ['POST', '/price-lists'],
  ['POST', '/promotions'],
  ['POST', '/webdesaku/villages'],
  ['POST', '/webdesaku/regency-admins'],
  // Bulk and export routes that act on every village's rows at once
  ['POST', '/products/batch'],
  ['POST', '/products/import'],
  ['POST', '/products/export'],
  ['POST', '/orders/export'],
  ['GET', '/inventory-items/export'],
  // A method the rule does not name
  ['DELETE', '/orders/order_1'],
  ['DELETE', '/products'],
  ['PUT', '/products/prod_01ABC'],
  ['PATCH', '/products/prod_01ABC'],
  // Unknown shapes
  ['GET', '/'],
  ['GET', '/webdesaku/regency-admins'],
];

describe('seller route table', () => {
  it.each(ALLOWED)('allows %s %s, handing the rule the ids to check', (method, path, params) => {
    const match = sellerRuleFor(method, path);
    expect(match, `${method} ${path}`).not.toBeNull();
    expect(match!.params).toEqual(params);
  });

  it.each(REFUSED)('refuses %s %s', (method, path) => {
    expect(sellerRuleFor(method, path)).toBeNull();
  });

  it('matches paths whatever their case, as Express routes them', () => {
    expect(sellerRuleFor('GET', '/PRODUCTS')).not.toBeNull();
    expect(sellerRuleFor('POST', '/Regions')).toBeNull();
  });

  it('gives every rule that changes data a check or a forced value, never a bare allow', () => {
    // A write with no `apply` would let a seller change what the body names, unchecked; the only
    // bare writes are uploads (typed by their bytes in the upload route itself).
    const bareWrites = ALLOWED.filter(([method, path]) => {
      if (method === 'GET') return false;
      return !sellerRuleFor(method, path)!.rule.apply;
    }).map(([method, path]) => `${method} ${path}`);
    expect(bareWrites).toEqual(['POST /uploads']);
  });
});
