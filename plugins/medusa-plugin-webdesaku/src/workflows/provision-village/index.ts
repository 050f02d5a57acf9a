import { createHook, createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { DEFAULT_COURIER_RATE } from '../../lib/constants';
import { ensureFulfillmentSetStep } from './steps/ensure-fulfillment-set';
import { ensurePublishableKeyStep } from './steps/ensure-publishable-key';
import { ensureRegionStep } from './steps/ensure-region';
import { ensureSalesChannelStep } from './steps/ensure-sales-channel';
import { ensureShippingProfileStep } from './steps/ensure-shipping-profile';
import { ensureShippingOptionsStep } from './steps/ensure-shipping-options';
import { ensureStockLocationStep } from './steps/ensure-stock-location';
import { findVillageStep } from './steps/find-village';
import { upsertVillageStep, type VillageRecord } from './steps/upsert-village';
import type { ProvisionVillageInput } from './types';

export type { ProvisionVillageInput } from './types';

/**
 * Gives a village its shop: sales channel, own stock location, delivery options and a
 * publishable key. Idempotent by slug; a failure compensates every step already run.
 */
export const provisionVillageWorkflow = createWorkflow(
  'webdesaku-provision-village',
  (input: ProvisionVillageInput) => {
    const existing = findVillageStep({ slug: input.slug });
    ensureRegionStep();
    const channel = ensureSalesChannelStep(
      transform({ input, existing }, ({ input, existing }) => ({
        slug: input.slug,
        name: input.name,
        existing_id: existing.sales_channel_id,
      })),
    );
    const location = ensureStockLocationStep(
      transform({ input, existing, channel }, ({ input, existing, channel }) => ({
        name: input.name,
        sales_channel_id: channel.id,
        existing_id: existing.stock_location_id,
      })),
    );
    const fulfillmentSet = ensureFulfillmentSetStep(
      transform({ input, existing, location }, ({ input, existing, location }) => ({
        slug: input.slug,
        name: input.name,
        stock_location_id: location.id,
        existing_id: existing.fulfillment_set_id,
      })),
    );
    const courierRate = transform(
      { input, existing },
      ({ input, existing }) => input.courier_rate ?? existing.courier_rate ?? DEFAULT_COURIER_RATE,
    );
    const profile = ensureShippingProfileStep();
    ensureShippingOptionsStep(
      transform(
        { fulfillmentSet, courierRate, existing, profile },
        ({ fulfillmentSet, courierRate, existing, profile }) => ({
          service_zone_id: fulfillmentSet.service_zone_id,
          shipping_profile_id: profile.id,
          courier_rate: courierRate,
          previous_courier_rate: existing.courier_rate,
        }),
      ),
    );
    const key = ensurePublishableKeyStep(
      transform({ input, existing, channel }, ({ input, existing, channel }) => ({
        name: input.name,
        sales_channel_id: channel.id,
        existing_id: existing.publishable_key_id,
      })),
    );
    const village = upsertVillageStep(
      transform(
        { input, existing, channel, location, fulfillmentSet, key, courierRate },
        (data): { existing_id: string | null; data: VillageRecord } => ({
          existing_id: data.existing.id,
          data: {
            slug: data.input.slug,
            name: data.input.name,
            // A field left out of the request keeps its value (the seed knows no Strapi id).
            strapi_document_id:
              data.input.strapi_document_id === undefined
                ? data.existing.strapi_document_id
                : data.input.strapi_document_id,
            whatsapp: data.input.whatsapp === undefined ? data.existing.whatsapp : data.input.whatsapp,
            courier_rate: data.courierRate,
            sales_channel_id: data.channel.id,
            stock_location_id: data.location.id,
            fulfillment_set_id: data.fulfillmentSet.id,
            publishable_key_id: data.key.id,
            publishable_key: data.key.token,
            status: 'active',
          },
        }),
      ),
    );
    // Extension point; a failing handler rolls the whole provisioning back.
    const villageProvisioned = createHook('villageProvisioned', { village });
    return new WorkflowResponse(village, { hooks: [villageProvisioned] });
  },
);
