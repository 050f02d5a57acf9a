import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { reconcileVillages } from 'medusa-plugin-webdesaku/lib/provision';

/** `npm run reconcile`: gives every village still missing its shop one. */
export default async function reconcile({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const { done, failed } = await reconcileVillages(container);
  logger.info(`reconcile: ${done.length} provisioned${done.length ? ` (${done.join(', ')})` : ''}`);
  if (failed.length) {
    logger.error(`reconcile: failed for ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}
