import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { reconcileVillages } from '../lib/provision';

/** A village saved while provisioning failed stays "pending"; this gives it its shop. */
export default async function reconcileVillagesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const { done, failed } = await reconcileVillages(container);
  if (done.length) logger.info(`webdesaku: provisioned shops for ${done.join(', ')}`);
  if (failed.length) logger.warn(`webdesaku: provisioning still failing for ${failed.join(', ')}`);
}

export const config = {
  name: 'webdesaku-reconcile-villages',
  schedule: '*/10 * * * *',
};
