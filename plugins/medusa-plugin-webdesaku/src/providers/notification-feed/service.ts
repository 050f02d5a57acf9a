import { AbstractNotificationProviderService } from '@medusajs/framework/utils';
import type { ProviderSendNotificationResultsDTO } from '@medusajs/framework/types';

/**
 * The admin bell (`feed` channel). The notification module stores every notification it is
 * given; for the bell that stored row is the delivery, so there is nothing to send elsewhere.
 */
export class FeedNotificationProvider extends AbstractNotificationProviderService {
  static identifier = 'webdesaku-feed';

  async send(): Promise<ProviderSendNotificationResultsDTO> {
    return {};
  }
}
