import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { emitEventStep, uploadFilesWorkflow } from '@medusajs/medusa/core-flows';
import { PRODUCERS_CHANGED } from './events';
import { updateProducerStep } from './steps/update-producer';

export type SetProducerPhotoInput = {
  id: string;
  /** A cleaned photo (lib/clean-photo.ts), base64 as the file module takes it. */
  image: { filename: string; mimeType: string; content: string };
};

/**
 * Stores a producer's photo through the file module and points the producer at it. If the
 * producer cannot be updated, the upload's own compensation deletes the file.
 */
export const setProducerPhotoWorkflow = createWorkflow(
  'webdesaku-set-producer-photo',
  (input: SetProducerPhotoInput) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [{ ...input.image, access: 'public' as const }],
      })),
    });
    const producer = updateProducerStep(
      transform({ files, input }, ({ files, input }) => ({ id: input.id, photo_url: files[0].url })),
    );
    emitEventStep({
      eventName: PRODUCERS_CHANGED,
      data: transform({ producer }, ({ producer }) => ({ id: producer.id, village_id: producer.village_id })),
    });
    return new WorkflowResponse(producer);
  },
);
