import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { updateVillagePaymentStep, type VillagePaymentUpdate } from './steps/update-village-payment';

export type { VillagePaymentUpdate };

/** A village's payment details (bank accounts for transfer, the QRIS image), as its sellers set them. */
export const updateVillagePaymentWorkflow = createWorkflow(
  'webdesaku-update-village-payment',
  (input: VillagePaymentUpdate) => new WorkflowResponse(updateVillagePaymentStep(input)),
);
