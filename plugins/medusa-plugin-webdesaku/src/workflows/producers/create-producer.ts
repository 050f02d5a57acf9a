import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { emitEventStep } from '@medusajs/medusa/core-flows';
import { PRODUCERS_CHANGED } from './events';
import { createProducerStep, type CreateProducerInput } from './steps/create-producer';

/** A village's sellers add a producer (pelapak) who makes some of its products. */
export const createProducerWorkflow = createWorkflow(
  'webdesaku-create-producer',
  (input: CreateProducerInput) => {
    const producer = createProducerStep(input);
    emitEventStep({
      eventName: PRODUCERS_CHANGED,
      data: transform({ producer }, ({ producer }) => ({ id: producer.id, village_id: producer.village_id })),
    });
    return new WorkflowResponse(producer);
  },
);
