import type { MedusaContainer } from '@medusajs/framework/types';
import { villageService } from 'medusa-plugin-webdesaku/lib/villages';
import { updateVillagePaymentWorkflow } from 'medusa-plugin-webdesaku/workflows';

/**
 * A demo bank account for the village's BUMDes, so a demo shopper can pay by transfer. Set once:
 * an account the village's sellers entered themselves is never overwritten.
 */
export async function seedBankAccount(
  container: MedusaContainer,
  village: { id: string; name: string },
  index: number,
): Promise<boolean> {
  const current = await villageService(container).retrieveVillage(village.id);
  if (Array.isArray(current.bank_accounts) && current.bank_accounts.length) return false;
  const number = `0000 01${String(index + 1).padStart(2, '0')} 0000 000`;
  await updateVillagePaymentWorkflow(container).run({
    input: {
      village_id: village.id,
      bank_accounts: [{ bank: 'BRI (contoh)', number, holder: `BUMDes Desa ${village.name}` }],
    },
  });
  return true;
}
