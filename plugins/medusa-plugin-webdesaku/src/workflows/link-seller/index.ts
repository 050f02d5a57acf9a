import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { setSellerVillageStep } from './steps/set-seller-village';

export type LinkSellerInput = { user_id: string; village_slug: string | null };

/** Links an admin user to a village as its seller; a null slug unlinks (no rights left). */
export const linkSellerWorkflow = createWorkflow(
  'webdesaku-link-seller',
  (input: LinkSellerInput) => new WorkflowResponse(setSellerVillageStep(input)),
);
