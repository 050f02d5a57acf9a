import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { VILLAGE_MODULE } from '../modules/village';
import { isSlug } from '@webdesaku/contracts';
import { bankAccountsOf } from './payment-details';
import type VillageModuleService from '../modules/village/service';

export type Village = Awaited<ReturnType<VillageModuleService['retrieveVillage']>>;

/**
 * The fields anyone may see: publishable keys are public by design, and the bank accounts and
 * QRIS code are what every shopper must see to pay.
 */
export function publicVillage(village: Village) {
  return {
    slug: village.slug,
    name: village.name,
    sales_channel_id: village.sales_channel_id,
    publishable_key: village.publishable_key,
    whatsapp: village.whatsapp,
    status: village.status,
    bank_accounts: bankAccountsOf(village.bank_accounts),
    qris_image_url: village.qris_image_url,
  };
}

export function adminVillage(village: Village) {
  return {
    id: village.id,
    slug: village.slug,
    name: village.name,
    strapi_document_id: village.strapi_document_id,
    whatsapp: village.whatsapp,
    courier_rate: village.courier_rate,
    sales_channel_id: village.sales_channel_id,
    stock_location_id: village.stock_location_id,
    publishable_key: village.publishable_key,
    status: village.status,
    bank_accounts: bankAccountsOf(village.bank_accounts),
    qris_image_url: village.qris_image_url,
  };
}

/** The village of a public URL's slug: 400 for a malformed slug, 404 for an unknown one. */
export async function findVillageBySlug(container: MedusaContainer, rawSlug: unknown): Promise<Village> {
  const slug = String(rawSlug ?? '').toLowerCase();
  if (!isSlug(slug)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'Slug desa tidak valid: gunakan huruf kecil, angka dan tanda hubung, mis. "anjun".',
    );
  }
  const [village] = await villageService(container).listVillages({ slug });
  if (!village) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Desa dengan slug "${slug}" tidak ditemukan`);
  }
  return village;
}

export function villageService(container: MedusaContainer): VillageModuleService {
  return container.resolve(VILLAGE_MODULE);
}

/** The village a seller is linked to, or null for a regency admin (no link). */
export async function findSellerVillage(container: MedusaContainer, userId: string): Promise<Village | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'user',
    fields: ['id', 'village.*'],
    filters: { id: userId },
  });
  const village = (data[0] as { village?: Village | null } | undefined)?.village;
  return village ?? null;
}
