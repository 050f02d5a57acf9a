import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { setRegencyAdminWorkflow } from 'medusa-plugin-webdesaku/workflows';

/**
 * The first regency admin of an installation (after that, regency admins grant it in the
 * dashboard): `npm run grant-regency-admin -w @webdesaku/commerce -- <email>`.
 */
export default async function grantRegencyAdmin({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const email = args[0];
  const [user] = email ? await container.resolve(Modules.USER).listUsers({ email }) : [];
  if (!user) {
    logger.error(
      `grant-regency-admin: no admin user with e-mail "${email ?? ''}" (create or invite it first)`,
    );
    process.exitCode = 1;
    return;
  }
  await setRegencyAdminWorkflow(container).run({ input: { user_id: user.id, granted: true, by: 'cli' } });
  logger.info(`grant-regency-admin: ${email} is a regency admin (admin kabupaten)`);
}
