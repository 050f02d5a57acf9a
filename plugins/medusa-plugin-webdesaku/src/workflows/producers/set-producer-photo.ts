import { createWorkflow, transform, when, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { deleteFilesWorkflow, emitEventStep, uploadFilesWorkflow } from '@medusajs/medusa/core-flows';
import { PRODUCERS_CHANGED } from './events';
import { producerPhotoFileStep } from './steps/producer-photo-file';
import { updateProducerStep } from './steps/update-producer';

export type SetProducerPhotoInput = {
  id: string;
  /** A cleaned photo (lib/clean-photo.ts), base64 as the file module takes it; null removes it. */
  image: { filename: string; mimeType: string; content: string } | null;
};

/**
 * Stores a producer's photo through the file module and points the producer at it, or removes
 * it; the previous photo's file is deleted last, so a photo of a person that was taken down is
 * not left public at its old address. If the producer cannot be updated, the upload's own
 * compensation deletes the new file and the old one stays.
 */
export const setProducerPhotoWorkflow = createWorkflow(
  'webdesaku-set-producer-photo',
  (input: SetProducerPhotoInput) => {
    const previousFile = producerPhotoFileStep(input.id);
    const uploaded = when({ input }, ({ input }) => !!input.image).then(() =>
      uploadFilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          files: [{ ...input.image!, access: 'public' as const }],
        })),
      }),
    );
    const producer = updateProducerStep(
      transform({ uploaded, input }, ({ uploaded, input }) => ({
        id: input.id,
        photo_url: uploaded?.[0]?.url ?? null,
        photo_file_id: uploaded?.[0]?.id ?? null,
      })),
    );
    emitEventStep({
      eventName: PRODUCERS_CHANGED,
      data: transform({ producer }, ({ producer }) => ({ id: producer.id, village_id: producer.village_id })),
    });
    when({ previousFile }, ({ previousFile }) => !!previousFile).then(() => {
      deleteFilesWorkflow.runAsStep({
        input: transform({ previousFile }, ({ previousFile }) => ({ ids: [previousFile!] })),
      });
    });
    return new WorkflowResponse(producer);
  },
);
