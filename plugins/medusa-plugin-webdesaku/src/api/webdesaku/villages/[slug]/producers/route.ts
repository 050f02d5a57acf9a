import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { shopIsOpen } from '../../../../../lib/market/open-shops';
import { producerProfile } from '../../../../../lib/producers';
import { findVillageBySlug, villageService } from '../../../../../lib/villages';

/**
 * The village's producers (pelapak) by name, public: no number of a producer who did not agree
 * to show it. A village whose shop is not open (not provisioned, closed by the regency) answers
 * an empty list, as its products do.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const village = await findVillageBySlug(req.scope, req.params.slug);
  const open = await shopIsOpen(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), village.slug);
  const producers = open
    ? await villageService(req.scope).listProducers({ village_id: village.id }, { order: { name: 'ASC' } })
    : [];
  res.json({ producers: producers.map(producerProfile) });
}
