import { collectBodyValues, forceQuery, pinBody } from '../rewrite';
import {
  requireInventoryItems,
  requireLocationLevels,
  requireOwnLocation,
  requireReservation,
} from '../ownership';
import { inventoryItemRelations, reservationRelations } from '../relations';
import type { ScopeContext, ScopeRule } from '../types';

/** Batch bodies: `create`/`update` name locations, `delete` names level ids. */
async function ownLevelBatch(ctx: ScopeContext) {
  const body = (ctx.req.body ?? {}) as { delete?: string[] };
  requireOwnLocation(ctx, collectBodyValues(body, 'location_id'));
  await requireLocationLevels(ctx, body.delete ?? []);
}

export const inventoryRules: ScopeRule[] = [
  {
    methods: ['GET'],
    relations: inventoryItemRelations,
    path: /^\/inventory-items$/i,
    apply: (ctx) => forceQuery(ctx, 'location_levels', { location_id: [ctx.village.stock_location_id] }),
  },
  {
    methods: ['POST'],
    relations: inventoryItemRelations,
    path: /^\/inventory-items\/location-levels\/batch$/i,
    apply: async (ctx) => {
      await requireInventoryItems(ctx, collectBodyValues(ctx.req.body, 'inventory_item_id'));
      await ownLevelBatch(ctx);
    },
  },
  {
    methods: ['GET', 'POST'],
    relations: inventoryItemRelations,
    path: /^\/inventory-items\/(?!export$|location-levels$)([^/]+)$/i,
    apply: (ctx) => requireInventoryItems(ctx, [ctx.params[0]]),
  },
  {
    methods: ['GET', 'POST'],
    relations: inventoryItemRelations,
    path: /^\/inventory-items\/([^/]+)\/location-levels(\/batch)?$/i,
    apply: async (ctx) => {
      await requireInventoryItems(ctx, [ctx.params[0]]);
      if (ctx.req.method === 'GET') forceQuery(ctx, 'location_id', [ctx.village.stock_location_id]);
      else if (ctx.params[1]) await ownLevelBatch(ctx);
      else requireOwnLocation(ctx, [String((ctx.req.body as { location_id?: string })?.location_id)]);
    },
  },
  {
    methods: ['GET', 'POST', 'DELETE'],
    relations: inventoryItemRelations,
    path: /^\/inventory-items\/([^/]+)\/location-levels\/([^/]+)$/i,
    apply: async (ctx) => {
      await requireInventoryItems(ctx, [ctx.params[0]]);
      requireOwnLocation(ctx, [ctx.params[1]]);
    },
  },
  {
    methods: ['GET'],
    relations: reservationRelations,
    path: /^\/reservations$/i,
    apply: (ctx) => forceQuery(ctx, 'location_id', [ctx.village.stock_location_id]),
  },
  {
    methods: ['POST'],
    relations: reservationRelations,
    path: /^\/reservations$/i,
    apply: async (ctx) => {
      pinBody(ctx, 'location_id', ctx.village.stock_location_id);
      await requireInventoryItems(ctx, collectBodyValues(ctx.req.body, 'inventory_item_id'));
    },
  },
  {
    methods: ['GET', 'POST', 'DELETE'],
    relations: reservationRelations,
    path: /^\/reservations\/([^/]+)$/i,
    apply: async (ctx) => {
      await requireReservation(ctx, ctx.params[0]);
      requireOwnLocation(ctx, collectBodyValues(ctx.req.body, 'location_id'));
    },
  },
];
