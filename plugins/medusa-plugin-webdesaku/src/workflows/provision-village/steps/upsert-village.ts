import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { VILLAGE_MODULE } from '../../../modules/village';
import type VillageModuleService from '../../../modules/village/service';

type Village = Awaited<ReturnType<VillageModuleService['retrieveVillage']>>;
type Compensation = { created: string | null; previous: Village | null };

export type VillageRecord = {
  slug: string;
  name: string;
  strapi_document_id: string | null;
  whatsapp: string | null;
  courier_rate: number;
  sales_channel_id: string;
  stock_location_id: string;
  fulfillment_set_id: string;
  publishable_key_id: string;
  publishable_key: string;
  status: 'active';
};

/** Writes the village row last, so it only ever points at resources that exist. */
export const upsertVillageStep = createStep(
  'webdesaku-upsert-village',
  async (input: { existing_id: string | null; data: VillageRecord }, { container }) => {
    const villages: VillageModuleService = container.resolve(VILLAGE_MODULE);
    if (input.existing_id) {
      const previous = await villages.retrieveVillage(input.existing_id);
      const updated = await villages.updateVillages({ id: input.existing_id, ...input.data });
      return new StepResponse<Village, Compensation>(updated, { created: null, previous });
    }
    const created = await villages.createVillages(input.data);
    return new StepResponse<Village, Compensation>(created, { created: created.id, previous: null });
  },
  async (compensation, { container }) => {
    if (!compensation) return;
    const villages: VillageModuleService = container.resolve(VILLAGE_MODULE);
    if (compensation.created) {
      await villages.deleteVillages([compensation.created]);
    } else if (compensation.previous) {
      const { created_at, updated_at, deleted_at, ...previous } = compensation.previous as Record<
        string,
        unknown
      >;
      await villages.updateVillages(previous as { id: string });
    }
  },
);
