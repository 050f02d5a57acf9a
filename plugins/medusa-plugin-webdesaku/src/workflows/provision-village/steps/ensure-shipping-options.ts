import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';
import {
  createShippingOptionsWorkflow,
  deleteShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
} from '@medusajs/medusa/core-flows';
import { FULFILLMENT_PROVIDER_ID, SHIPPING_OPTION_NAMES } from '../../../lib/constants';

type Input = {
  service_zone_id: string;
  shipping_profile_id: string;
  courier_rate: number;
  previous_courier_rate: number | null;
};

const storeRules = [
  { attribute: 'enabled_in_store', value: 'true', operator: 'eq' as const },
  { attribute: 'is_return', value: 'false', operator: 'eq' as const },
];

/**
 * "Ambil di tempat" (free pickup at the village office) and "Kurir desa" (flat rate per
 * village). A changed courier rate updates the existing option.
 */
export const ensureShippingOptionsStep = createStep(
  'webdesaku-ensure-shipping-options',
  async (input: Input, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT);
    const existing = await fulfillment.listShippingOptions({ service_zone: { id: input.service_zone_id } });
    const byName = new Map(existing.map((option) => [option.name, option.id]));
    const wanted = [
      { name: SHIPPING_OPTION_NAMES.pickup, code: 'ambil-di-tempat', amount: 0 },
      { name: SHIPPING_OPTION_NAMES.courier, code: 'kurir-desa', amount: input.courier_rate },
    ];
    const missing = wanted.filter((option) => !byName.has(option.name));
    const created: string[] = [];
    if (missing.length) {
      const { result } = await createShippingOptionsWorkflow(container).run({
        input: missing.map((option) => ({
          name: option.name,
          service_zone_id: input.service_zone_id,
          shipping_profile_id: input.shipping_profile_id,
          provider_id: FULFILLMENT_PROVIDER_ID,
          price_type: 'flat' as const,
          type: { label: option.name, description: option.name, code: option.code },
          prices: [{ currency_code: 'idr', amount: option.amount }],
          rules: storeRules,
        })),
      });
      created.push(...result.map((option) => option.id));
    }
    const courierId = byName.get(SHIPPING_OPTION_NAMES.courier);
    const rateChanged = courierId && input.previous_courier_rate !== input.courier_rate;
    if (rateChanged) {
      await setCourierRate(container, courierId, input.courier_rate);
    }
    return new StepResponse(
      { created },
      { created, courier_id: rateChanged ? courierId : null, previous_rate: input.previous_courier_rate },
    );
  },
  async (compensation, { container }) => {
    if (!compensation) return;
    if (compensation.created.length) {
      await deleteShippingOptionsWorkflow(container).run({ input: { ids: compensation.created } });
    }
    if (compensation.courier_id && compensation.previous_rate !== null) {
      await setCourierRate(container, compensation.courier_id, compensation.previous_rate);
    }
  },
);

async function setCourierRate(
  container: Parameters<typeof updateShippingOptionsWorkflow>[0],
  id: string,
  amount: number,
) {
  await updateShippingOptionsWorkflow(container).run({
    input: [{ id, price_type: 'flat', prices: [{ currency_code: 'idr', amount }] }],
  });
}
