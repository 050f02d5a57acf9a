import type { MedusaStoreRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { publicVillage, villageService } from '../../../../lib/villages';

/** The village of the request's publishable key (never from a query parameter). */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const channelIds = req.publishable_key_context?.sales_channel_ids ?? [];
  const [village] = channelIds.length
    ? await villageService(req.scope).listVillages({ sales_channel_id: channelIds })
    : [];
  if (!village) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Kunci publik ini bukan milik lapak desa mana pun');
  }
  res.json({ village: publicVillage(village) });
}
