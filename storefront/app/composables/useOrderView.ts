import type { NuxtError } from '#app';
import type { OrderView, PaymentDetails } from '#shared/types/commerce';

type OrderResponse = {
  order: OrderView | null;
  villageName?: string | null;
  whatsapp?: string | null;
  payment?: PaymentDetails | null;
  needsContact: boolean;
};

/** The order of the URL for whoever placed it (cookie) or gave its e-mail/phone (?contact=). */
export async function useOrderView() {
  const route = useRoute();
  const id = String(route.params.id);
  const { data, error } = await useFetch<OrderResponse>(`/api/orders/${encodeURIComponent(id)}`, {
    key: `order-${id}`,
    query: { contact: route.query.contact },
    headers: useRequestHeaders(['cookie']),
  });
  return {
    id,
    data,
    order: computed(() => data.value?.order ?? null),
    notFound: computed(() => (error.value as NuxtError | null)?.statusCode === 404),
    unavailable: computed(() => !!error.value && (error.value as NuxtError | null)?.statusCode !== 404),
  };
}
