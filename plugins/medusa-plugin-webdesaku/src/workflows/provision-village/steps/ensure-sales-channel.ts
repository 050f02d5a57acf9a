import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { Modules } from '@medusajs/framework/utils';

type Input = { slug: string; name: string; existing_id: string | null };
type Compensation = { id: string; created: string | null; renamed_from: string | null };

/** The village's own sales channel: its catalogue, carts and orders. */
export const ensureSalesChannelStep = createStep(
  'webdesaku-ensure-sales-channel',
  async (input: Input, { container }) => {
    const channels = container.resolve(Modules.SALES_CHANNEL);
    const name = `Desa ${input.name}`;
    if (input.existing_id) {
      const [current] = await channels.listSalesChannels({ id: input.existing_id });
      if (current) {
        if (current.name !== name) {
          await channels.updateSalesChannels(current.id, { name });
        }
        return new StepResponse<{ id: string }, Compensation>(
          { id: current.id },
          { created: null, renamed_from: current.name === name ? null : current.name, id: current.id },
        );
      }
    }
    const created = await channels.createSalesChannels({
      name,
      description: `Lapak online Desa ${input.name}`,
    });
    return new StepResponse<{ id: string }, Compensation>(
      { id: created.id },
      { created: created.id, renamed_from: null, id: created.id },
    );
  },
  async (compensation, { container }) => {
    if (!compensation) return;
    const channels = container.resolve(Modules.SALES_CHANNEL);
    if (compensation.created) {
      await channels.deleteSalesChannels([compensation.created]);
    } else if (compensation.renamed_from) {
      await channels.updateSalesChannels(compensation.id, { name: compensation.renamed_from });
    }
  },
);
