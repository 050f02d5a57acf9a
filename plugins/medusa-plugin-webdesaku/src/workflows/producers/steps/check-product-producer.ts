import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { villageService } from '../../../lib/villages';

export type ProductProducerInput = { product_id: string; producer_id: string | null };

type Row = Record<string, any>;

/**
 * A product may only name a producer of its own village (a village whose shop sells it), whoever
 * asks, a regency admin too. Answers the producer it names now and its village. Reads only.
 */
export const checkProductProducerStep = createStep(
  'webdesaku-check-product-producer',
  async (input: ProductProducerInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data } = await query.graph({
      entity: 'product',
      fields: ['id', 'sales_channels.id', 'producer.id'],
      filters: { id: input.product_id },
    });
    const product = data[0] as Row | undefined;
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Produk tidak ditemukan.');
    const channels = (product.sales_channels ?? []).map((c: Row) => c?.id).filter(Boolean) as string[];
    const villages = villageService(container);
    const own = channels.length ? await villages.listVillages({ sales_channel_id: channels }) : [];
    let village = own[0];
    if (input.producer_id) {
      const [producer] = await villages.listProducers({ id: input.producer_id });
      if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pelapak tidak ditemukan.');
      village = own.find((v) => v.id === producer.village_id)!;
      if (!village) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          'Pelapak ini bukan dari desa yang menjual produk ini: pilih pelapak desa produk ini.',
        );
      }
    }
    return new StepResponse({
      previous_producer_id: (product.producer?.id as string | undefined) ?? null,
      village_id: village?.id ?? null,
    });
  },
);
