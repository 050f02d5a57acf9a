import { forceQuery, pinBody } from "../rewrite"
import {
  requireCustomer,
  requireFulfillmentOf,
  requireOrder,
  requirePayment,
  requirePaymentCollection,
} from "../ownership"
import type { ScopeRule } from "../types"

export const orderRules: ScopeRule[] = [
  { methods: ["GET"], path: /^\/orders$/i, apply: (ctx) => forceQuery(ctx, "sales_channel_id", [ctx.village.sales_channel_id]) },
  {
    // Order detail and its actions: fulfil, ship, mark delivered, cancel, complete.
    methods: ["GET", "POST"],
    path: /^\/orders\/([^/]+)(\/.*)?$/i,
    apply: async (ctx) => {
      const [id, rest = ""] = ctx.params
      await requireOrder(ctx, id)
      const fulfillment = /^\/fulfillments\/([^/]+)/i.exec(rest)
      if (fulfillment) await requireFulfillmentOf(ctx, id, fulfillment[1])
      if (ctx.req.method === "POST" && /^\/fulfillments$/i.test(rest)) {
        pinBody(ctx, "location_id", ctx.village.stock_location_id)
      }
    },
  },
  // "Mark as paid": capturing the manual payment.
  { methods: ["GET"], path: /^\/payments\/([^/]+)$/i, apply: (ctx) => requirePayment(ctx, ctx.params[0]) },
  { methods: ["POST"], path: /^\/payments\/([^/]+)\/(capture|refund)$/i, apply: (ctx) => requirePayment(ctx, ctx.params[0]) },
  {
    methods: ["POST"],
    path: /^\/payment-collections\/([^/]+)\/mark-as-paid$/i,
    apply: (ctx) => requirePaymentCollection(ctx, ctx.params[0]),
  },
  { methods: ["GET"], path: /^\/customers\/([^/]+)(\/addresses(\/[^/]+)?)?$/i, apply: (ctx) => requireCustomer(ctx, ctx.params[0]) },
]
