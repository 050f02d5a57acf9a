import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { setRegencyAdminStep } from './steps/set-regency-admin';

/** `by`: the granting user's id, or "seed" / "cli" for the first grant of an installation. */
export type SetRegencyAdminInput = { user_id: string; granted: boolean; by: string };

/** Grants or revokes a user's regency-admin rights (admin kabupaten). */
export const setRegencyAdminWorkflow = createWorkflow(
  'webdesaku-set-regency-admin',
  (input: SetRegencyAdminInput) => new WorkflowResponse(setRegencyAdminStep(input)),
);
