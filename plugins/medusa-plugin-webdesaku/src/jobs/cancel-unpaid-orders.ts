import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { cancelUnpaidOrders } from '../lib/unpaid-orders';

/** Unpaid transfer/QRIS orders give their stock back to the village after the payment window. */
export default async function cancelUnpaidOrdersJob(container: MedusaContainer) {
  const canceled = await cancelUnpaidOrders(container);
  if (canceled.length)
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`webdesaku: ${canceled.length} pesanan belum dibayar dibatalkan: ${canceled.join(', ')}`);
}

export const config = {
  name: 'webdesaku-cancel-unpaid-orders',
  schedule: '*/15 * * * *',
};
