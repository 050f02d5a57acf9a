import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { emitEventStep } from '@medusajs/medusa/core-flows';
import { PRODUCERS_CHANGED } from './events';
import { updateProducerStep, type ProducerUpdate } from './steps/update-producer';

/** A producer's name, number, consent, profile, dusun or photo changes. */
export const updateProducerWorkflow = createWorkflow('webdesaku-update-producer', (input: ProducerUpdate) => {
  const producer = updateProducerStep(input);
  emitEventStep({
    eventName: PRODUCERS_CHANGED,
    data: transform({ producer }, ({ producer }) => ({ id: producer.id, village_id: producer.village_id })),
  });
  return new WorkflowResponse(producer);
});
