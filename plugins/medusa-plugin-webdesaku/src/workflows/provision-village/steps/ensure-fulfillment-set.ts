import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';

type Input = { slug: string; name: string; stock_location_id: string; existing_id: string | null };

/** Where the village delivers: one service zone covering Indonesia, served from its location. */
export const ensureFulfillmentSetStep = createStep(
  'webdesaku-ensure-fulfillment-set',
  async (input: Input, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT);
    if (input.existing_id) {
      const [current] = await fulfillment.listFulfillmentSets(
        { id: input.existing_id },
        { relations: ['service_zones'] },
      );
      if (current?.service_zones?.[0]) {
        return new StepResponse({ id: current.id, service_zone_id: current.service_zones[0].id }, null);
      }
    }
    const set = await fulfillment.createFulfillmentSets({
      name: `webdesaku-${input.slug}`,
      type: 'shipping',
      service_zones: [{ name: `Desa ${input.name}`, geo_zones: [{ type: 'country', country_code: 'id' }] }],
    });
    await container.resolve(ContainerRegistrationKeys.LINK).create(link(input.stock_location_id, set.id));
    return new StepResponse(
      { id: set.id, service_zone_id: set.service_zones[0].id },
      { id: set.id, stock_location_id: input.stock_location_id },
    );
  },
  async (compensation, { container }) => {
    if (!compensation) return;
    await container
      .resolve(ContainerRegistrationKeys.LINK)
      .dismiss(link(compensation.stock_location_id, compensation.id));
    await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets([compensation.id]);
  },
);

function link(locationId: string, setId: string) {
  return {
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: setId },
  };
}
