import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';

/** The products a producer (pelapak) made, through the product–producer link; none for an unknown id. */
export async function productIdsOfProducer(
  container: MedusaContainer,
  producerId: string,
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'producer',
    fields: ['id', 'products.id'],
    filters: { id: producerId },
  });
  const producer = data[0] as { products?: ({ id: string } | null)[] } | undefined;
  return (producer?.products ?? []).flatMap((p) => (p ? [p.id] : []));
}
