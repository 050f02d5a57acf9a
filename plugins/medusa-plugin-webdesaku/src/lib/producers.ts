import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import type VillageModuleService from '../modules/village/service';

export type Producer = Awaited<ReturnType<VillageModuleService['retrieveProducer']>>;

/** A producer's id as routes take it: `prdc_` and a ULID. */
export const PRODUCER_ID = /^prdc_[0-9A-HJKMNP-TV-Z]{26}$/;

/** The product↔producer link as `query.graph` names it (links/product-producer.ts). */
export const PRODUCT_PRODUCER = 'product_producer';

/** What a shopper sees of a producer next to a product; the number only with the producer's consent. */
export type PublicProducer = {
  id: string;
  name: string;
  dusun: string | null;
  photo_url: string | null;
  whatsapp: string | null;
};

type ProducerFields = Pick<Producer, 'id' | 'name' | 'dusun' | 'photo_url' | 'whatsapp' | 'whatsapp_public'>;

export const publicProducer = (p: ProducerFields): PublicProducer => ({
  id: p.id,
  name: p.name,
  dusun: p.dusun,
  photo_url: p.photo_url,
  whatsapp: p.whatsapp_public ? p.whatsapp : null,
});

/** The village's list of producers also shows each one's short profile. */
export const producerProfile = (p: ProducerFields & Pick<Producer, 'profile'>) => ({
  ...publicProducer(p),
  profile: p.profile,
});

export const adminProducer = (p: Producer) => ({
  id: p.id,
  village_id: p.village_id,
  name: p.name,
  whatsapp: p.whatsapp,
  whatsapp_public: p.whatsapp_public,
  profile: p.profile,
  photo_url: p.photo_url,
  dusun: p.dusun,
});

const PUBLIC_FIELDS = ['id', 'name', 'dusun', 'photo_url', 'whatsapp', 'whatsapp_public'].map(
  (f) => `producer.${f}`,
);

type LinkRow = { product_id: string; producer?: (ProducerFields & { village_id?: string }) | null };

async function linkRows(container: MedusaContainer, filters: Record<string, unknown>, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: PRODUCT_PRODUCER,
    fields: ['product_id', ...fields],
    filters,
  });
  return data as unknown as LinkRow[];
}

/**
 * The producer of each product that names one, for a page of products: one read, not one per
 * product. Only a producer of the product's own village counts (`villageOf`: product → village
 * id): a product the regency moved or shared names no other village's producer, nor their number.
 */
export async function producersOfProducts(
  container: MedusaContainer,
  villageOf: Map<string, string>,
): Promise<Map<string, PublicProducer>> {
  const producers = new Map<string, PublicProducer>();
  if (!villageOf.size) return producers;
  const rows = await linkRows(container, { product_id: [...villageOf.keys()] }, [
    ...PUBLIC_FIELDS,
    'producer.village_id',
  ]);
  for (const row of rows) {
    if (row.producer && row.producer.village_id === villageOf.get(row.product_id)) {
      producers.set(row.product_id, publicProducer(row.producer));
    }
  }
  return producers;
}

/**
 * The products of a producer; with `villageId`, only when the producer is of that village (none
 * for another village's or an unknown producer).
 */
export async function productIdsOfProducer(
  container: MedusaContainer,
  producerId: string,
  villageId?: string,
): Promise<string[]> {
  const rows = await linkRows(container, { producer_id: producerId }, ['producer.village_id']);
  return rows
    .filter((row) => villageId === undefined || row.producer?.village_id === villageId)
    .map((row) => row.product_id);
}
