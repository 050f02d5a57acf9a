import type { MedusaContainer } from '@medusajs/framework/types';
import { retryFailedNotifications } from '../lib/notification-retry';

/** Every 5 minutes: order e-mails and WhatsApp messages that failed are sent again, with backoff. */
export default async function retryNotifications(container: MedusaContainer) {
  await retryFailedNotifications(container);
}

export const config = { name: 'webdesaku-retry-notifications', schedule: '*/5 * * * *' };
