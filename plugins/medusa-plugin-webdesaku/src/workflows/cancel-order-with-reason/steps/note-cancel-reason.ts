import { Modules } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';

/** Notes why an order is canceled in its metadata (the shopper's timeline shows it); undone if the cancel fails. */
export const noteCancelReasonStep = createStep(
  'webdesaku-note-cancel-reason',
  async (input: { order_id: string; reason: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER);
    const before = await orders.retrieveOrder(input.order_id, { select: ['id', 'metadata'] });
    await orders.updateOrders([
      { id: input.order_id, metadata: { ...(before.metadata ?? {}), cancel_reason: input.reason } },
    ]);
    return new StepResponse(input.reason, { id: input.order_id, metadata: before.metadata ?? null });
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(Modules.ORDER).updateOrders([previous as { id: string }]);
  },
);
