import { forceQuery, rewriteJson } from '../rewrite';
import { deny } from '../deny';
import { requireNotificationTo, requireSharedOrOwnOption, requireShippingOption } from '../ownership';
import { shippingOptionRelations, stockLocationRelations } from '../relations';
import type { ScopeContext, ScopeRule } from '../types';

const actorOf = (ctx: ScopeContext) =>
  String((ctx.req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id);

const id = '(/[^/]+)?';

/**
 * Read-only settings the dashboard's forms need (a path pattern under /admin, then the relations
 * each may select). None holds a village's data; relations that would lead to it are not listed.
 */
const readable: Array<[string, readonly string[]]> = [
  ['users/me', ['rbac_role', 'rbac_roles']],
  ['feature-flags', []],
  [`regions${id}`, ['countries', 'payment_providers']],
  [`currencies${id}`, []],
  [`price-preferences${id}`, []],
  ['plugins', []],
  ['fulfillment-providers(/[^/]+/options)?', []],
  ['payments/payment-providers', []],
  [`return-reasons${id}`, ['parent_return_reason', 'return_reason_children']],
  [`locales${id}`, []],
  // Settings only: the translation lists carry products' texts.
  ['translations/settings', []],
  ['views(/[^/]+)*', []],
  ['layouts(/[^/]+)*', []],
  // Regency-wide lists a product names; none may lead to products (`?fields=*products`).
  [`product-types${id}`, []],
  [`product-tags${id}`, []],
  [`product-categories${id}`, ['parent_category', 'category_children']],
  [`collections${id}`, []],
  [`shipping-profiles${id}`, ['type']],
];

const readableRules: ScopeRule[] = readable.map(([path, relations]) => ({
  methods: ['GET'],
  path: new RegExp(`^/${path}$`, 'i'),
  relations,
}));

export const settingsRules: ScopeRule[] = [
  ...readableRules,
  {
    // The bell: only what is addressed to this user (an order of its village, once sent).
    methods: ['GET'],
    path: /^\/notifications$/i,
    apply: (ctx) => forceQuery(ctx, 'to', [actorOf(ctx)]),
  },
  {
    methods: ['GET'],
    path: /^\/notifications\/([^/]+)$/i,
    apply: (ctx) => requireNotificationTo(ctx, ctx.params[0], actorOf(ctx)),
  },
  {
    // Reusable options only: an exclusive option is one product's, of some village. Its default
    // fields include `products`, so a seller names the fields it wants.
    methods: ['GET'],
    path: /^\/product-options$/i,
    relations: ['values'],
    apply: (ctx) => forceQuery(ctx, 'is_exclusive', 'false'),
  },
  {
    methods: ['GET'],
    path: /^\/product-options\/([^/]+)(\/values(\/[^/]+)?)?$/i,
    relations: ['values'],
    apply: (ctx) => requireSharedOrOwnOption(ctx, ctx.params[0]),
  },
  {
    methods: ['GET'],
    path: /^\/shipping-options$/i,
    relations: shippingOptionRelations,
    apply: (ctx) => forceQuery(ctx, 'stock_location_id', [ctx.village.stock_location_id]),
  },
  {
    methods: ['GET'],
    path: /^\/shipping-options\/([^/]+)$/i,
    relations: shippingOptionRelations,
    apply: (ctx) => requireShippingOption(ctx, ctx.params[0]),
  },
  {
    // The product form crashes unless the store's default channel is one it may read.
    methods: ['GET'],
    path: /^\/stores(\/[^/]+)?$/i,
    relations: ['supported_currencies', 'supported_currencies.currency'],
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
    relations: stockLocationRelations,
    apply: (ctx) => forceQuery(ctx, 'id', [ctx.village.stock_location_id]),
  },
  {
    methods: ['GET'],
    path: /^\/stock-locations\/([^/]+)$/i,
    relations: stockLocationRelations,
    apply: (ctx) => {
      if (ctx.params[0] !== ctx.village.stock_location_id) deny(ctx.village, 'Lokasi stok ini');
    },
  },
  // Product images.
  { methods: ['POST'], path: /^\/uploads$/i },
  { methods: ['GET'], path: /^\/uploads\/[^/]+$/i },
  // Our own routes scope themselves (a seller sees only its village).
  { methods: ['GET'], path: /^\/webdesaku\/villages$/i },
  // The village's payment details: bank accounts and the QRIS image, of its own village only.
  {
    methods: ['POST'],
    path: /^\/webdesaku\/villages\/([^/]+)\/payment$/i,
    apply: (ctx) => {
      if (ctx.params[0] !== ctx.village.id) deny(ctx.village, 'Data pembayaran desa ini');
    },
  },
  {
    methods: ['POST', 'DELETE'],
    path: /^\/webdesaku\/villages\/([^/]+)\/qris$/i,
    apply: (ctx) => {
      if (ctx.params[0] !== ctx.village.id) deny(ctx.village, 'QRIS desa ini');
    },
  },
];
