import type { MedusaContainer } from '@medusajs/framework/types';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import { createUserAccountWorkflow } from '@medusajs/medusa/core-flows';

export const DEMO_PASSWORD = 'Webdesaku123!';

/** An admin login with the demo password; returns the existing user on a second run. */
export async function ensureAdminUser(
  container: MedusaContainer,
  email: string,
  names: { first_name: string; last_name: string },
): Promise<{ id: string; created: boolean }> {
  const users = container.resolve(Modules.USER);
  const [existing] = await users.listUsers({ email });
  if (existing) return { id: existing.id, created: false };
  const auth = container.resolve(Modules.AUTH);
  const { success, authIdentity, error } = await auth.register('emailpass', {
    body: { email, password: DEMO_PASSWORD },
  });
  if (!success || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Cannot register ${email}: ${error}`);
  }
  const { result } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, ...names } },
  });
  return { id: result.id, created: true };
}
