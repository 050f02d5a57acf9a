import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sellerRuleFor } from 'medusa-plugin-webdesaku/api/seller-scope/rules/index';
import { adminRoutesOf, installedAdminDirs } from './admin-routes';

/**
 * The upgrade tripwire. Every admin route the installed Medusa and our plugin ship is listed in
 * admin-routes.reviewed.json as reviewed for sellers (`seller`: the allow table lets a seller
 * call it, scoped to the village) or not (`regency`: refused to sellers). A Medusa upgrade that
 * adds a route, or a change to the allow table that lets sellers reach one more route, fails here
 * until someone reviews it. `WEBDESAKU_REVIEW_ROUTES=1` rewrites the file for that review.
 */
const reviewedFile = join(__dirname, 'admin-routes.reviewed.json');
type Reviewed = { seller: string[]; regency: string[] };

function classify(routes: string[]): Reviewed {
  const seller: string[] = [];
  const regency: string[] = [];
  for (const route of routes) {
    const [method, path] = route.split(' ');
    (sellerRuleFor(method, path) ? seller : regency).push(route);
  }
  return { seller, regency };
}

describe('admin routes and the seller allow table', () => {
  const installed = [...new Set(installedAdminDirs().flatMap(adminRoutesOf))].sort();
  const now = classify(installed);
  if (process.env.WEBDESAKU_REVIEW_ROUTES) writeFileSync(reviewedFile, `${JSON.stringify(now, null, 2)}\n`);
  const reviewed = JSON.parse(readFileSync(reviewedFile, 'utf8')) as Reviewed;

  it('finds the routes (a scan that finds nothing would pass everything)', () => {
    expect(installed.length).toBeGreaterThan(300);
    expect(installed).toContain('GET /products');
    expect(installed).toContain('POST /webdesaku/sellers');
  });

  it('every installed route has been reviewed', () => {
    const known = new Set([...reviewed.seller, ...reviewed.regency]);
    expect(installed.filter((route) => !known.has(route))).toEqual([]);
  });

  it('sellers reach exactly the reviewed routes', () => {
    expect(now.seller).toEqual(reviewed.seller);
  });

  it('the allow table refuses what it must (positive and negative controls)', () => {
    expect(sellerRuleFor('GET', '/orders')).not.toBeNull();
    for (const route of [
      'POST /users',
      'POST /orders/x/transfer',
      'POST /inventory-items/export',
      'GET /customers',
    ])
      expect(sellerRuleFor(...(route.split(' ') as [string, string])), route).toBeNull();
  });
});
