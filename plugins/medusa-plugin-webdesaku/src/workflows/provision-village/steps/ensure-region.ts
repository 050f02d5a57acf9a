import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';
import { createRegionsWorkflow, deleteRegionsWorkflow } from '@medusajs/medusa/core-flows';
import { PAYMENT_PROVIDER_IDS } from '@webdesaku/contracts';
import { REGION } from '../../../lib/constants';

/** Region "Indonesia" (IDR, whole rupiah) with our manual payment providers. Made once. */
export const ensureRegionStep = createStep(
  'webdesaku-ensure-region',
  async (_input: void, { container }) => {
    const regions = container.resolve(Modules.REGION);
    const [existing] = await regions.listRegions({ name: REGION.name });
    if (existing) {
      return new StepResponse({ id: existing.id }, { created: null as string | null });
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION.name,
            currency_code: REGION.currency_code,
            countries: [...REGION.countries],
            automatic_taxes: false,
            payment_providers: Object.values(PAYMENT_PROVIDER_IDS),
          },
        ],
      },
    });
    return new StepResponse({ id: result[0].id }, { created: result[0].id });
  },
  async (compensation, { container }) => {
    if (!compensation?.created) return;
    await deleteRegionsWorkflow(container).run({ input: { ids: [compensation.created] } });
  },
);
