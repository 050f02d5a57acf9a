import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { cancelOrderWorkflow } from '@medusajs/medusa/core-flows';
import { noteCancelReasonStep } from './steps/note-cancel-reason';

/**
 * Medusa's own cancel (stock released, payment canceled, `order.canceled` emitted), with the reason
 * the shopper reads on the order page: unpaid in time, or canceled by themselves.
 */
export const cancelOrderWithReasonWorkflow = createWorkflow(
  'webdesaku-cancel-order-with-reason',
  (input: { order_id: string; reason: string }) => {
    const reason = noteCancelReasonStep(input);
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id })),
    });
    return new WorkflowResponse(reason);
  },
);
