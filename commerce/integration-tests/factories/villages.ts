import type { AxiosInstance } from 'axios';

export const SYNC_SECRET = 'test-sync-secret';
export const syncHeaders = { headers: { authorization: `Bearer ${SYNC_SECRET}` } };

export type ProvisionedVillage = {
  id: string;
  slug: string;
  name: string;
  sales_channel_id: string;
  stock_location_id: string;
  publishable_key: string;
  status: string;
};

/** Provisions a village through the route Strapi calls. */
export async function provisionVillage(
  api: AxiosInstance,
  slug: string,
  extra: Record<string, unknown> = {},
): Promise<ProvisionedVillage> {
  const name = slug[0].toUpperCase() + slug.slice(1);
  const res = await api.post('/admin/webdesaku/villages', { slug, name, ...extra }, syncHeaders);
  return res.data.village;
}

export function storeHeaders(village: ProvisionedVillage) {
  return { headers: { 'x-publishable-api-key': village.publishable_key } };
}
