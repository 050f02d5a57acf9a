import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { VILLAGE_MODULE } from '../../../modules/village';
import type VillageModuleService from '../../../modules/village/service';
import type { ExistingVillage } from '../types';

/** Reads what a previous run made for this slug; provisioning is idempotent by slug. */
export const findVillageStep = createStep(
  'webdesaku-find-village',
  async (input: { slug: string }, { container }) => {
    const villages: VillageModuleService = container.resolve(VILLAGE_MODULE);
    const [village] = await villages.listVillages({ slug: input.slug });
    const existing: ExistingVillage = {
      id: village?.id ?? null,
      sales_channel_id: village?.sales_channel_id ?? null,
      stock_location_id: village?.stock_location_id ?? null,
      fulfillment_set_id: village?.fulfillment_set_id ?? null,
      publishable_key_id: village?.publishable_key_id ?? null,
      courier_rate: village?.courier_rate ?? null,
      whatsapp: village?.whatsapp ?? null,
      strapi_document_id: village?.strapi_document_id ?? null,
    };
    return new StepResponse(existing);
  },
);
