import type { AxiosInstance } from 'axios';
import type { AdminLogin } from './admin';

export type AdminProducer = {
  id: string;
  village_id: string;
  name: string;
  whatsapp: string | null;
  whatsapp_public: boolean;
  profile: string | null;
  photo_url: string | null;
  dusun: string | null;
};

let made = 0;

/** A producer (pelapak) of the village, added through the admin route as `who`. */
export async function addProducer(
  api: AxiosInstance,
  who: AdminLogin,
  villageId: string,
  fields: Partial<Omit<AdminProducer, 'id' | 'village_id' | 'photo_url'>> = {},
): Promise<AdminProducer> {
  made += 1;
  const { data } = await api.post(
    `/admin/webdesaku/villages/${villageId}/producers`,
    { name: `Ibu Pengrajin ${made}`, dusun: 'Dusun Sukamaju', ...fields },
    who.headers,
  );
  return data.producer;
}

/** Names the product's producer (null: none) as `who`. */
export function setProductProducer(
  api: AxiosInstance,
  who: AdminLogin,
  productId: string,
  producerId: string | null,
) {
  return api.post(
    `/admin/webdesaku/products/${productId}/producer`,
    { producer_id: producerId },
    who.headers,
  );
}
