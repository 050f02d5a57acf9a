import { forceQuery, pinBody } from '../rewrite';
import { requireOwnPathIds } from '../body-ids';
import { requireProduct } from '../ownership';
import { productRelations } from '../relations';
import type { ScopeContext, ScopeRule } from '../types';

function pinChannel(ctx: ScopeContext) {
  pinBody(ctx, 'sales_channels', [{ id: ctx.village.sales_channel_id }]);
}

const productId = '(?!batch$|import|export)([^/]+)';

export const productRules: ScopeRule[] = [
  {
    methods: ['GET'],
    path: /^\/products$/i,
    relations: productRelations,
    apply: (ctx) => forceQuery(ctx, 'sales_channel_id', [ctx.village.sales_channel_id]),
  },
  {
    methods: ['POST'],
    path: /^\/products$/i,
    relations: productRelations,
    apply: async (ctx) => {
      pinChannel(ctx);
    },
  },
  {
    methods: ['GET', 'POST', 'DELETE'],
    path: new RegExp(`^/products/${productId}(/.*)?$`, 'i'),
    relations: productRelations,
    apply: async (ctx) => {
      const [id, rest = ''] = ctx.params;
      await requireProduct(ctx, id);
      ctx.productId = id;
      // Medusa does not check that an image, variant, option or inventory item in the URL is
      // this product's (an image of B's product would be linked to A's variant).
      await requireOwnPathIds(ctx, rest);
      if (ctx.req.method === 'POST') {
        if (!rest && (ctx.req.body as Record<string, unknown>)?.sales_channels) pinChannel(ctx);
      }
    },
  },
];
