import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { villageService } from '../../../../lib/villages';
import { setRegencyAdminWorkflow } from '../../../../workflows';
import type { GrantRegencyAdminBody } from './validators';

// Regency admins only: the seller scope refuses these routes to everyone else.

/** Who holds regency-admin rights, and who granted them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const grants = await villageService(req.scope).listRegencyAdmins({}, { order: { created_at: 'ASC' } });
  res.json({
    regency_admins: grants.map((g) => ({
      user_id: g.user_id,
      granted_by: g.granted_by,
      granted_at: g.created_at,
    })),
  });
}

/** Grants a user regency-admin rights (audited in the log). */
export async function POST(req: AuthenticatedMedusaRequest<GrantRegencyAdminBody>, res: MedusaResponse) {
  const { result } = await setRegencyAdminWorkflow(req.scope).run({
    input: { user_id: req.validatedBody.user_id, granted: true, by: req.auth_context.actor_id },
  });
  res.json({ user_id: req.validatedBody.user_id, regency_admin: true, changed: result.changed });
}
