import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { adminProducer, type Producer } from './producers';
import { villageService } from './villages';

type Row = Record<string, any>;

/**
 * The producer a product names (or null) and the village that sells it, whose producers it may
 * name: what the dashboard's product page shows and offers.
 */
export async function productProducer(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: ['id', 'sales_channels.id', 'producer.*'],
    filters: { id: productId },
  });
  const product = data[0] as Row | undefined;
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Produk tidak ditemukan.');
  const channels = (product.sales_channels ?? []).map((c: Row) => c?.id).filter(Boolean) as string[];
  const [village] = channels.length
    ? await villageService(container).listVillages({ sales_channel_id: channels })
    : [];
  // A producer of another village (the regency moved or shared the product) is not shown to
  // this village's sellers: it would reveal a number its producer never agreed to show them.
  const producer = product.producer as Producer | null | undefined;
  return {
    producer: producer && producer.village_id === village?.id ? adminProducer(producer) : null,
    village_id: village?.id ?? null,
  };
}
