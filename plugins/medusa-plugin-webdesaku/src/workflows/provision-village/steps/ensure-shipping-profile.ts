import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';

/**
 * Delivery options need a shipping profile; `medusa db:migrate` makes a default one, a
 * database set up otherwise may not have it.
 */
export const ensureShippingProfileStep = createStep(
  'webdesaku-ensure-shipping-profile',
  async (_input: void, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT);
    const [profile] = await fulfillment.listShippingProfiles({ type: 'default' });
    if (profile) return new StepResponse({ id: profile.id }, null);
    const created = await fulfillment.createShippingProfiles({
      name: 'Default Shipping Profile',
      type: 'default',
    });
    return new StepResponse({ id: created.id }, created.id);
  },
  async (createdId, { container }) => {
    if (!createdId) return;
    await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles([createdId]);
  },
);
