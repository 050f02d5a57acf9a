import type { LinkDefinition } from '@medusajs/framework/types';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { FULFILLMENT_PROVIDER_ID } from '../../../lib/constants';

type Input = { name: string; sales_channel_id: string; existing_id: string | null };

/**
 * The village's OWN stock location, linked only to its channel: with a shared location
 * a cart would accept another village's products.
 */
export const ensureStockLocationStep = createStep(
  'webdesaku-ensure-stock-location',
  async (input: Input, { container }) => {
    const locations = container.resolve(Modules.STOCK_LOCATION);
    if (input.existing_id) {
      const [current] = await locations.listStockLocations({ id: input.existing_id });
      if (current) return new StepResponse({ id: current.id }, null);
    }
    const location = await locations.createStockLocations({
      name: `Kantor Desa ${input.name}`,
      address: { address_1: `Kantor Desa ${input.name}`, city: 'Purwakarta', country_code: 'id' },
    });
    const links = linksFor(location.id, input.sales_channel_id);
    await container.resolve(ContainerRegistrationKeys.LINK).create(links);
    return new StepResponse(
      { id: location.id },
      { id: location.id, sales_channel_id: input.sales_channel_id },
    );
  },
  async (compensation, { container }) => {
    if (!compensation) return;
    await container
      .resolve(ContainerRegistrationKeys.LINK)
      .dismiss(linksFor(compensation.id, compensation.sales_channel_id));
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([compensation.id]);
  },
);

function linksFor(locationId: string, salesChannelId: string): LinkDefinition[] {
  return [
    {
      [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
    },
  ];
}
