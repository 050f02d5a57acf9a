import { deny } from '../deny';
import { forceQuery, pinBody } from '../rewrite';
import {
  requireCustomer,
  requireFulfillmentOf,
  requireOrder,
  requirePayment,
  requirePaymentCollection,
} from '../ownership';
import { customerRelations, orderChangeRelations, orderRelations, paymentRelations } from '../relations';
import type { ScopeRule } from '../types';

const orderActions =
  '/(?:cancel|complete|archive|changes|preview|line-items|shipping-options|fulfillments(?:/[^/]+/(?:cancel|shipments|mark-as-delivered))?)';

export const orderRules: ScopeRule[] = [
  {
    methods: ['GET'],
    path: /^\/orders$/i,
    relations: orderRelations,
    apply: (ctx) => forceQuery(ctx, 'sales_channel_id', [ctx.village.sales_channel_id]),
  },
  {
    // Order detail and its actions: fulfil, ship, mark delivered, cancel, complete. Not the
    // money and ownership moves (credit lines, transfers to a customer, payment sessions).
    methods: ['GET', 'POST'],
    path: new RegExp(`^/orders/(?!export$)([^/]+)(${orderActions})?$`, 'i'),
    relations: orderRelations,
    apply: async (ctx) => {
      const [id, rest = ''] = ctx.params;
      await requireOrder(ctx, id);
      ctx.orderId = id;
      const fulfillment = /^\/fulfillments\/([^/]+)/i.exec(rest);
      if (fulfillment) await requireFulfillmentOf(ctx, id, fulfillment[1]);
      if (ctx.req.method === 'POST' && /^\/fulfillments$/i.test(rest)) {
        pinBody(ctx, 'location_id', ctx.village.stock_location_id);
      }
    },
  },
  {
    // The order page lists its returns, claims and exchanges: only for one own order.
    methods: ['GET'],
    path: /^\/(returns|claims|exchanges)$/i,
    relations: orderChangeRelations,
    apply: async (ctx) => {
      const orderId = (ctx.req.query as Record<string, unknown>).order_id;
      if (typeof orderId !== 'string') deny(ctx.village, 'Daftar ini');
      await requireOrder(ctx, orderId);
      forceQuery(ctx, 'order_id', orderId);
    },
  },
  // The shopper's proof of payment: seen, and rejected with a reason, for an own order only.
  {
    methods: ['GET'],
    path: /^\/webdesaku\/orders\/([^/]+)\/payment-proof$/i,
    apply: (ctx) => requireOrder(ctx, ctx.params[0]),
  },
  {
    methods: ['POST'],
    path: /^\/webdesaku\/orders\/([^/]+)\/payment-proof\/reject$/i,
    apply: (ctx) => requireOrder(ctx, ctx.params[0]),
  },
  // "Mark as paid": capturing the manual payment.
  {
    methods: ['GET'],
    path: /^\/payments\/([^/]+)$/i,
    relations: paymentRelations,
    apply: (ctx) => requirePayment(ctx, ctx.params[0]),
  },
  {
    methods: ['POST'],
    path: /^\/payments\/([^/]+)\/(capture|refund)$/i,
    relations: paymentRelations,
    apply: (ctx) => requirePayment(ctx, ctx.params[0]),
  },
  {
    methods: ['POST'],
    path: /^\/payment-collections\/([^/]+)\/mark-as-paid$/i,
    relations: ['payment_sessions', 'payments'],
    apply: (ctx) => requirePaymentCollection(ctx, ctx.params[0]),
  },
  {
    methods: ['GET'],
    path: /^\/customers\/([^/]+)(\/addresses(\/[^/]+)?)?$/i,
    relations: customerRelations,
    apply: (ctx) => requireCustomer(ctx, ctx.params[0]),
  },
];
