import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { setRegencyAdminWorkflow } from '../../../../../workflows';

/** Revokes a user's regency-admin rights (audited; never the last one). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setRegencyAdminWorkflow(req.scope).run({
    input: { user_id: req.params.user_id, granted: false, by: req.auth_context.actor_id },
  });
  res.json({ user_id: req.params.user_id, regency_admin: false, changed: result.changed });
}
