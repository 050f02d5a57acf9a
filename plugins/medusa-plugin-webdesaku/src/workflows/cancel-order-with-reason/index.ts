import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { cancelOrderWorkflow } from '@medusajs/medusa/core-flows';
import { mergeOrderMetadataStep } from '../steps/merge-order-metadata';

/**
 * Medusa's own cancel (stock released, payment canceled, `order.canceled` emitted), with the reason
 * the shopper reads on the order page: unpaid in time, or canceled by themselves.
 */
export const cancelOrderWithReasonWorkflow = createWorkflow(
  'webdesaku-cancel-order-with-reason',
  (input: { order_id: string; reason: string }) => {
    // The shopper's timeline shows why; undone with the rest if the cancel fails.
    mergeOrderMetadataStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        metadata: { cancel_reason: input.reason },
      })),
    );
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id })),
    });
    return new WorkflowResponse(input.reason);
  },
);
