import { Modules } from '@medusajs/framework/utils';
import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from '@medusajs/medusa/core-flows';
import { VILLAGE_MODULE } from '../../modules/village';
import { PRODUCERS_CHANGED } from './events';
import { checkProductProducerStep, type ProductProducerInput } from './steps/check-product-producer';

const pair = (productId: string, producerId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [VILLAGE_MODULE]: { producer_id: producerId },
});

/**
 * Names the producer who made a product (or none, with null). The old link goes before the new
 * one is made, since a product names at most one producer; each step puts its link back on failure.
 */
export const setProductProducerWorkflow = createWorkflow(
  'webdesaku-set-product-producer',
  (input: ProductProducerInput) => {
    const current = checkProductProducerStep(input);
    dismissRemoteLinkStep(
      transform({ input, current }, ({ input, current }) =>
        current.previous_producer_id && current.previous_producer_id !== input.producer_id
          ? [pair(input.product_id, current.previous_producer_id)]
          : [],
      ),
    );
    createRemoteLinkStep(
      transform({ input, current }, ({ input, current }) =>
        input.producer_id && input.producer_id !== current.previous_producer_id
          ? [pair(input.product_id, input.producer_id)]
          : [],
      ),
    );
    emitEventStep({
      eventName: PRODUCERS_CHANGED,
      data: transform({ input, current }, ({ input, current }) => ({
        id: input.product_id,
        village_id: current.village_id,
      })),
    });
    return new WorkflowResponse(input);
  },
);
