import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk';
import { VILLAGE_MODULE } from '../../modules/village';
import type VillageModuleService from '../../modules/village/service';
import type { ProvisionVillageInput } from '../provision-village/types';

/**
 * Remembers a village before its shop is provisioned, as "pending": if provisioning
 * fails (or Medusa stops half-way), the reconcile job finds it and tries again.
 */
const recordVillageRequestStep = createStep(
  'webdesaku-record-village-request',
  async (input: ProvisionVillageInput, { container }) => {
    const villages: VillageModuleService = container.resolve(VILLAGE_MODULE);
    const [existing] = await villages.listVillages({ slug: input.slug });
    if (existing) return new StepResponse({ id: existing.id }, null);
    const created = await villages.createVillages({
      slug: input.slug,
      name: input.name,
      strapi_document_id: input.strapi_document_id ?? null,
      whatsapp: input.whatsapp ?? null,
      ...(input.courier_rate != null ? { courier_rate: input.courier_rate } : {}),
      status: 'pending',
    });
    return new StepResponse({ id: created.id }, created.id);
  },
  async (createdId, { container }) => {
    if (!createdId) return;
    await container.resolve<VillageModuleService>(VILLAGE_MODULE).deleteVillages([createdId]);
  },
);

export const recordVillageRequestWorkflow = createWorkflow(
  'webdesaku-record-village-request',
  (input: ProvisionVillageInput) => new WorkflowResponse(recordVillageRequestStep(input)),
);
