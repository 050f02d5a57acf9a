import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { logPaymentChange } from '../../../../../../lib/payment-audit';
import { adminVillage, villageService } from '../../../../../../lib/villages';
import { updateVillagePaymentWorkflow } from '../../../../../../workflows';
import type { VillagePaymentBody } from './validators';

/** Replaces the village's bank accounts (its sellers: seller-scope checks the village is theirs). */
export async function POST(req: AuthenticatedMedusaRequest<VillagePaymentBody>, res: MedusaResponse) {
  const village = await villageService(req.scope).retrieveVillage(req.params.id);
  const { result } = await updateVillagePaymentWorkflow(req.scope).run({
    input: { village_id: village.id, bank_accounts: req.validatedBody.bank_accounts },
  });
  logPaymentChange(req, village, `${req.validatedBody.bank_accounts.length} rekening`);
  res.json({ village: adminVillage(result) });
}
