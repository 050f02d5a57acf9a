import type { MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import {
  provisionVillageWorkflow,
  recordVillageRequestWorkflow,
  type ProvisionVillageInput,
} from '../workflows';
import { villageService, type Village } from './villages';

/**
 * Records the village, then provisions its shop, one run per slug at a time: two saves
 * of the same village at once must not provision it twice.
 */
export async function provisionVillage(
  container: MedusaContainer,
  input: ProvisionVillageInput,
): Promise<Village> {
  const locking = container.resolve(Modules.LOCKING);
  return locking.execute(
    `webdesaku-village:${input.slug}`,
    async () => {
      await recordVillageRequestWorkflow(container).run({ input });
      const { result } = await provisionVillageWorkflow(container).run({ input });
      return result as Village;
    },
    { timeout: 120 },
  );
}

/** Provisions every village whose shop is missing or incomplete; returns the slugs done. */
export async function reconcileVillages(
  container: MedusaContainer,
): Promise<{ done: string[]; failed: string[] }> {
  const villages = await villageService(container).listVillages({});
  const incomplete = villages.filter(
    (v) => v.status !== 'active' || !v.sales_channel_id || !v.stock_location_id || !v.publishable_key_id,
  );
  const done: string[] = [];
  const failed: string[] = [];
  for (const village of incomplete) {
    try {
      await provisionVillage(container, {
        slug: village.slug,
        name: village.name,
        strapi_document_id: village.strapi_document_id,
        whatsapp: village.whatsapp,
        courier_rate: village.courier_rate,
      });
      done.push(village.slug);
    } catch {
      failed.push(village.slug);
    }
  }
  return { done, failed };
}
