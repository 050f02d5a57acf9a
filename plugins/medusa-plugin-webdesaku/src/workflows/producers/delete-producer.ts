import { createWorkflow, transform, when, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { deleteFilesWorkflow, emitEventStep, removeRemoteLinkStep } from '@medusajs/medusa/core-flows';
import { VILLAGE_MODULE } from '../../modules/village';
import { PRODUCERS_CHANGED } from './events';
import { deleteProducerStep } from './steps/delete-producer';

/**
 * Removes a producer; its products stay on sale and simply name no producer any more. The
 * producer's photo file goes last (a deleted file cannot be brought back by a compensation).
 */
export const deleteProducerWorkflow = createWorkflow('webdesaku-delete-producer', (input: { id: string }) => {
  const producer = deleteProducerStep(input.id);
  removeRemoteLinkStep(
    transform({ input }, ({ input }) => [{ [VILLAGE_MODULE]: { producer_id: [input.id] } }]),
  );
  emitEventStep({
    eventName: PRODUCERS_CHANGED,
    data: transform({ producer }, ({ producer }) => ({ id: producer.id, village_id: producer.village_id })),
  });
  when({ producer }, ({ producer }) => !!producer.photo_file_id).then(() => {
    deleteFilesWorkflow.runAsStep({
      input: transform({ producer }, ({ producer }) => ({ ids: [producer.photo_file_id!] })),
    });
  });
  return new WorkflowResponse(producer);
});
