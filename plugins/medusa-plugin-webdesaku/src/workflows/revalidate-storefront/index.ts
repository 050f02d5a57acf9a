import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk';
import { postRevalidate } from '../../lib/revalidate';

export type RevalidateStorefrontInput = { tags: string[] };

/**
 * Purges the storefront's cache. No compensation: a purge cannot be undone and is
 * harmless to repeat; a failure is logged, never fails the change that caused it.
 */
const revalidateStorefrontStep = createStep(
  'webdesaku-revalidate-storefront',
  async (input: RevalidateStorefrontInput, { container }) => {
    const delivered = await postRevalidate(input.tags);
    if (!delivered) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`webdesaku: storefront cache purge failed for ${input.tags.join(', ')}`);
    }
    return new StepResponse({ delivered });
  },
);

export const revalidateStorefrontWorkflow = createWorkflow(
  'webdesaku-revalidate-storefront',
  (input: RevalidateStorefrontInput) => new WorkflowResponse(revalidateStorefrontStep(input)),
);
