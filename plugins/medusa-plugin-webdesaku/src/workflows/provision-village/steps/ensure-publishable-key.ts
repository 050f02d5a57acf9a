import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';

type Input = { name: string; sales_channel_id: string; existing_id: string | null };

/** The publishable key the storefront sends for this village; it scopes catalogue and carts. */
export const ensurePublishableKeyStep = createStep(
  'webdesaku-ensure-publishable-key',
  async (input: Input, { container }) => {
    const apiKeys = container.resolve(Modules.API_KEY);
    if (input.existing_id) {
      const [current] = await apiKeys.listApiKeys({ id: input.existing_id });
      if (current && !current.revoked_at)
        return new StepResponse({ id: current.id, token: current.token }, null);
    }
    const key = await apiKeys.createApiKeys({
      title: `Desa ${input.name}`,
      type: 'publishable',
      created_by: 'webdesaku',
    });
    await container.resolve(ContainerRegistrationKeys.LINK).create(link(key.id, input.sales_channel_id));
    return new StepResponse(
      { id: key.id, token: key.token },
      { id: key.id, sales_channel_id: input.sales_channel_id },
    );
  },
  async (compensation, { container }) => {
    if (!compensation) return;
    await container
      .resolve(ContainerRegistrationKeys.LINK)
      .dismiss(link(compensation.id, compensation.sales_channel_id));
    const apiKeys = container.resolve(Modules.API_KEY);
    await apiKeys.revoke({ id: compensation.id }, { revoked_by: 'webdesaku' });
    await apiKeys.deleteApiKeys([compensation.id]);
  },
);

function link(keyId: string, salesChannelId: string) {
  return {
    [Modules.API_KEY]: { publishable_key_id: keyId },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
  };
}
