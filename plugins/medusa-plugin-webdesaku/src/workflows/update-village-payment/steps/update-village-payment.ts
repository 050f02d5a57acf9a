import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import type { BankAccount } from '../../../lib/payment-details';
import { villageService } from '../../../lib/villages';

export type VillagePaymentUpdate = {
  village_id: string;
  bank_accounts?: BankAccount[];
  qris_image_url?: string | null;
};

/** Sets a village's bank accounts and/or QRIS image; undone by putting the old ones back. */
export const updateVillagePaymentStep = createStep(
  'webdesaku-update-village-payment',
  async (input: VillagePaymentUpdate, { container }) => {
    const villages = villageService(container);
    const before = await villages.retrieveVillage(input.village_id);
    const changes: Record<string, unknown> = { id: input.village_id };
    if (input.bank_accounts !== undefined) changes.bank_accounts = input.bank_accounts;
    if (input.qris_image_url !== undefined) changes.qris_image_url = input.qris_image_url;
    const village = await villages.updateVillages(changes as { id: string });
    return new StepResponse(village, {
      id: before.id,
      bank_accounts: before.bank_accounts,
      qris_image_url: before.qris_image_url,
    });
  },
  async (previous, { container }) => {
    if (previous) await villageService(container).updateVillages(previous as { id: string });
  },
);
