import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { emitEventStep, uploadFilesWorkflow } from '@medusajs/medusa/core-flows';
import { VILLAGE_PAYMENT_UPDATED } from '../update-village-payment';
import { updateVillagePaymentStep } from '../update-village-payment/steps/update-village-payment';

export type SetVillageQrisInput = {
  village_id: string;
  /** A cleaned photo (lib/clean-photo.ts), base64 as the file module takes it. */
  image: { filename: string; mimeType: string; content: string };
};

/**
 * Stores the village's QRIS image through the file module (local disk or S3) and points the village
 * at it. If the village cannot be updated, the upload's own compensation deletes the file.
 */
export const setVillageQrisWorkflow = createWorkflow(
  'webdesaku-set-village-qris',
  (input: SetVillageQrisInput) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [{ ...input.image, access: 'public' as const }],
      })),
    });
    const update = transform({ files, input }, ({ files, input }) => ({
      village_id: input.village_id,
      qris_image_url: files[0].url,
    }));
    const village = updateVillagePaymentStep(update);
    emitEventStep({
      eventName: VILLAGE_PAYMENT_UPDATED,
      data: transform({ village }, ({ village }) => ({ id: village.id, slug: village.slug })),
    }).config({ name: 'webdesaku-emit-qris-updated' });
    return new WorkflowResponse(village);
  },
);
