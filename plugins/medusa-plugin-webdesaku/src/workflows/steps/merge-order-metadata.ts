import { Modules } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';

/**
 * Sets keys of an order's metadata beside what is there (a proof of payment, a cancel reason);
 * undone by putting the old metadata back.
 */
export const mergeOrderMetadataStep = createStep(
  'webdesaku-merge-order-metadata',
  async (input: { order_id: string; metadata: Record<string, unknown> }, { container }) => {
    const orders = container.resolve(Modules.ORDER);
    const before = await orders.retrieveOrder(input.order_id, { select: ['id', 'metadata'] });
    await orders.updateOrders([
      { id: input.order_id, metadata: { ...(before.metadata ?? {}), ...input.metadata } },
    ]);
    return new StepResponse(input.metadata, { id: input.order_id, metadata: before.metadata ?? null });
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(Modules.ORDER).updateOrders([previous as { id: string }]);
  },
);
