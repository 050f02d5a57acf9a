import { forceQuery, rewriteJson } from '../rewrite';
import { deny } from '../deny';
import type { ScopeRule } from '../types';

/** Read-only settings the dashboard's forms need; none of them holds a village's data. */
const readable = [
  'users/me',
  'feature-flags',
  'regions',
  'currencies',
  'price-preferences',
  'product-options',
  'notifications',
  'plugins',
  'fulfillment-providers',
  'shipping-options',
  'payments/payment-providers',
  'return-reasons',
  'locales',
  'translations',
  'views',
  'layouts',
];

/** Lists that can carry products through `fields=*products`; the relation is stripped. */
const withoutProducts = [
  'product-types',
  'product-tags',
  'product-categories',
  'collections',
  'shipping-profiles',
];

export const settingsRules: ScopeRule[] = [
  { methods: ['GET'], path: new RegExp(`^/(${readable.join('|')})(/[^/]+)*$`, 'i') },
  {
    methods: ['GET'],
    path: new RegExp(`^/(${withoutProducts.join('|')})(/[^/]+)?$`, 'i'),
    apply: (ctx) => {
      ctx.req.disallowed = ['products'];
    },
  },
  {
    // The product form crashes unless the store's default channel is one it may read.
    methods: ['GET'],
    path: /^\/stores(\/[^/]+)?$/i,
    apply: (ctx) =>
      rewriteJson(ctx, (body) => {
        const stores = (body.stores ?? (body.store ? [body.store] : [])) as Record<string, unknown>[];
        for (const store of stores) {
          store.default_sales_channel_id = ctx.village.sales_channel_id;
          store.default_location_id = ctx.village.stock_location_id;
        }
      }),
  },
  {
    methods: ['GET'],
    path: /^\/sales-channels$/i,
    apply: (ctx) => forceQuery(ctx, 'id', [ctx.village.sales_channel_id]),
  },
  {
    methods: ['GET'],
    path: /^\/sales-channels\/([^/]+)$/i,
    apply: (ctx) => {
      if (ctx.params[0] !== ctx.village.sales_channel_id) deny(ctx.village, 'Saluran penjualan ini');
    },
  },
  {
    methods: ['GET'],
    path: /^\/stock-locations$/i,
    apply: (ctx) => forceQuery(ctx, 'id', [ctx.village.stock_location_id]),
  },
  {
    methods: ['GET'],
    path: /^\/stock-locations\/([^/]+)$/i,
    apply: (ctx) => {
      if (ctx.params[0] !== ctx.village.stock_location_id) deny(ctx.village, 'Lokasi stok ini');
    },
  },
  // Product images.
  { methods: ['POST'], path: /^\/uploads$/i },
  { methods: ['GET'], path: /^\/uploads\/[^/]+$/i },
  // Our own routes scope themselves (a seller sees only its village).
  { methods: ['GET'], path: /^\/webdesaku\/villages$/i },
];
