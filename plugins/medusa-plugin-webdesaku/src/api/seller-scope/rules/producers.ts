import { deny } from '../deny';
import { requireProducers, requireProduct } from '../ownership';
import type { ScopeRule } from '../types';

/**
 * Producers (pelapak) of the seller's own village, and which of its own products each made. A
 * producer named in a body is checked with every other id (body-ids.ts: `prdc`).
 */
export const producerRules: ScopeRule[] = [
  {
    methods: ['GET', 'POST'],
    path: /^\/webdesaku\/villages\/([^/]+)\/producers$/i,
    apply: (ctx) => {
      if (ctx.params[0] !== ctx.village.id) deny(ctx.village, 'Pelapak desa ini');
    },
  },
  {
    methods: ['POST', 'DELETE'],
    path: /^\/webdesaku\/producers\/([^/]+)(\/photo)?$/i,
    apply: (ctx) => requireProducers(ctx, [ctx.params[0]]),
  },
  {
    methods: ['GET', 'POST'],
    path: /^\/webdesaku\/products\/([^/]+)\/producer$/i,
    apply: async (ctx) => {
      await requireProduct(ctx, ctx.params[0]);
      ctx.productId = ctx.params[0];
    },
  },
];
