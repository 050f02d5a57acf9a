import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { emitEventStep } from '@medusajs/medusa/core-flows';
import { updateVillagePaymentStep, type VillagePaymentUpdate } from './steps/update-village-payment';

export type { VillagePaymentUpdate };

/** Emitted with the village's slug when its payment details change (the storefront purges it). */
export const VILLAGE_PAYMENT_UPDATED = 'webdesaku.village.payment_updated';

/** A village's payment details (bank accounts for transfer, the QRIS image), as its sellers set them. */
export const updateVillagePaymentWorkflow = createWorkflow(
  'webdesaku-update-village-payment',
  (input: VillagePaymentUpdate) => {
    const village = updateVillagePaymentStep(input);
    emitEventStep({
      eventName: VILLAGE_PAYMENT_UPDATED,
      data: transform({ village }, ({ village }) => ({ id: village.id, slug: village.slug })),
    });
    return new WorkflowResponse(village);
  },
);
