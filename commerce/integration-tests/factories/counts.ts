import type { MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';

/** How many of each provisioned resource exist, to prove nothing was half-made. */
export async function shopResourceCounts(container: MedusaContainer) {
  const [channels, locations, keys, sets, options] = await Promise.all([
    container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}),
    container.resolve(Modules.STOCK_LOCATION).listStockLocations({}),
    container.resolve(Modules.API_KEY).listApiKeys({ type: 'publishable' }),
    container.resolve(Modules.FULFILLMENT).listFulfillmentSets({}),
    container.resolve(Modules.FULFILLMENT).listShippingOptions({}),
  ]);
  return {
    channels: channels.length,
    locations: locations.length,
    keys: keys.filter((k) => !k.revoked_at).length,
    fulfillmentSets: sets.length,
    shippingOptions: options.length,
  };
}
