import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';

export type SellerVillage = {
  id: string;
  slug: string;
  name: string;
  sales_channel_id: string;
  stock_location_id: string;
};

export type ScopeContext = {
  req: MedusaRequest;
  res: MedusaResponse;
  village: SellerVillage;
  /** Capture groups of the rule's path pattern (ids keep their original case). */
  params: string[];
  /** The product or order in the URL, once the rule checked it is the village's own. */
  productId?: string;
  orderId?: string;
};

/**
 * One allowed route shape for sellers. `apply` forces filters, pins body values or
 * checks ownership; it throws NOT_ALLOWED when the seller may not go on.
 */
export type ScopeRule = {
  methods: ReadonlyArray<'GET' | 'POST' | 'DELETE'>;
  path: RegExp;
  apply?: (ctx: ScopeContext) => Promise<void> | void;
  /**
   * The relation paths a seller may select on this route (`fields=`, defaults included), e.g.
   * `items`, `items.variant`. Anything else is refused: a relation can lead from one's own record
   * to every village's (a region's orders, an option's products).
   */
  relations?: readonly string[];
};
