// The routes bad input is thrown at: every storefront page and server route, and our own backend routes.
import { DISTRICT_A, VILLAGE_A } from './demo';

/** Identifiers that name nothing, in every shape a URL can carry (well-formed, hostile, broken). */
export const BAD_IDS = [
  'tidak-ada-desa-ini',
  'a'.repeat(300),
  '..%2F..%2Fetc%2Fpasswd',
  '%27%22%3E%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
  '%00',
  'd%C3%A9sa-%F0%9F%98%80',
  '%E0%A4%A',
  '-',
  'null',
  '1e309',
];

/** Storefront pages and server routes with one unknown identifier ({x}). */
export const STOREFRONT_UNKNOWN = [
  '/desa/{x}',
  '/en/desa/{x}',
  '/desa/{x}/profil',
  '/desa/{x}/berita',
  '/desa/{x}/agenda',
  '/desa/{x}/potensi',
  '/desa/{x}/transparansi',
  '/desa/{x}/layanan',
  '/desa/{x}/unduhan',
  '/desa/{x}/lapak',
  `/desa/${VILLAGE_A}/berita/{x}`,
  `/desa/${VILLAGE_A}/lapak/{x}`,
  '/kecamatan/{x}',
  '/checkout/{x}',
  '/api/villages/{x}',
  '/api/villages/{x}/agenda',
  `/api/villages/${VILLAGE_A}/{x}`,
  '/api/villages/{x}/articles',
  `/api/villages/${VILLAGE_A}/articles/{x}`,
  '/api/villages/{x}/products',
  `/api/villages/${VILLAGE_A}/products/{x}`,
  '/api/districts/{x}',
  '/api/checkout/{x}',
  '/api/orders/{x}?contact=pembeli%40contoh.id',
  '/media/cms/uploads/{x}',
  '/media/shop/static/{x}',
  '/sitemap/{x}',
];

export const STRAPI_UNKNOWN = [
  '/api/webdesaku/villages/{x}/home?locale=id',
  '/api/webdesaku/villages/{x}',
  '/api/webdesaku/articles/{x}',
  '/api/webdesaku/districts/{x}',
  '/api/webdesaku/budgets/{x}',
];

export const MEDUSA_UNKNOWN = ['/webdesaku/villages/{x}'];

/** GET routes for the fuzzer, one entry per route (query strings are added by the fuzzer). */
export function fuzzPaths(urls: { cms: string; commerce: string; storefront: string }) {
  const sf = urls.storefront;
  return [
    `${sf}/`,
    `${sf}/desa/${VILLAGE_A}`,
    `${sf}/desa/${VILLAGE_A}/berita`,
    `${sf}/desa/${VILLAGE_A}/lapak`,
    `${sf}/desa/${VILLAGE_A}/transparansi`,
    `${sf}/kecamatan/${DISTRICT_A}`,
    `${sf}/cari`,
    `${sf}/en/cari`,
    `${sf}/keranjang`,
    `${sf}/sitemap.xml`,
    `${sf}/sitemap/pages-1.xml`,
    `${sf}/api/portal`,
    `${sf}/api/search`,
    `${sf}/api/villages/${VILLAGE_A}`,
    `${sf}/api/villages/${VILLAGE_A}/agenda`,
    `${sf}/api/villages/${VILLAGE_A}/articles`,
    `${sf}/api/villages/${VILLAGE_A}/products`,
    `${sf}/api/districts/${DISTRICT_A}`,
    `${sf}/api/cart`,
    `${urls.cms}/api/webdesaku/villages/${VILLAGE_A}/home`,
    `${urls.cms}/api/webdesaku/villages`,
    `${urls.cms}/api/webdesaku/articles`,
    `${urls.cms}/api/webdesaku/budgets`,
    `${urls.cms}/api/webdesaku/statistics`,
    `${urls.cms}/api/webdesaku/sitemap`,
    `${urls.commerce}/webdesaku/villages`,
    `${urls.commerce}/webdesaku/villages/${VILLAGE_A}`,
    `${urls.commerce}/webdesaku/sitemap/products`,
  ];
}
