import type { AxiosInstance } from 'axios';
import { storeHeaders, type ProvisionedVillage } from './villages';

const address = {
  first_name: 'Siti',
  last_name: 'Aminah',
  address_1: 'Jl. Raya Plered No. 1',
  city: 'Purwakarta',
  postal_code: '41162',
  country_code: 'id',
  phone: '+6281200000099',
};

/** A guest cart of the village with one line, address and a shipping method chosen. */
export async function guestCartWith(
  api: AxiosInstance,
  village: ProvisionedVillage,
  variantId: string,
  quantity = 1,
  shippingOptionName = 'Ambil di tempat',
  email = `pembeli.${village.slug}@example.com`,
): Promise<string> {
  const h = storeHeaders(village);
  const { data: regions } = await api.get('/store/regions', h);
  const region = regions.regions.find((r: { name: string }) => r.name === 'Indonesia');
  const { data } = await api.post('/store/carts', { region_id: region.id }, h);
  const cartId = data.cart.id;
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, h);
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: address, billing_address: address }, h);
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h);
  const option = options.shipping_options.find((o: { name: string }) => o.name === shippingOptionName);
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, h);
  return cartId;
}

/** Chooses a payment option and completes the cart; returns the raw response. */
export async function payAndComplete(
  api: AxiosInstance,
  village: ProvisionedVillage,
  cartId: string,
  providerId: string,
) {
  const h = storeHeaders(village);
  const { data } = await api.post('/store/payment-collections', { cart_id: cartId }, h);
  await api.post(
    `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    h,
  );
  return api.post(`/store/carts/${cartId}/complete`, {}, h).catch((e) => e.response);
}
