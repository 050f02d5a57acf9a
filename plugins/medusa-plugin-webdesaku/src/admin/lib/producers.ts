import { toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sdk } from './sdk';

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

/** What the form sends: the route normalises the number and clears empty texts. */
export type ProducerFields = Pick<AdminProducer, 'name' | 'whatsapp_public'> & {
  whatsapp: string;
  profile: string;
  dusun: string;
};

export type ProducerResponse = { producer: AdminProducer };

// One prefix for the village lists and the product widget: a change refreshes both.
const PRODUCERS_KEY = ['webdesaku', 'producers'];

/** The village's producers, by name. */
export function useProducers(villageId: string | null | undefined) {
  return useQuery({
    queryKey: [...PRODUCERS_KEY, 'village', villageId],
    queryFn: () =>
      sdk.client.fetch<{ producers: AdminProducer[] }>(`/admin/webdesaku/villages/${villageId}/producers`),
    select: (r) => r.producers,
    enabled: !!villageId,
  });
}

/** The producer a product names and the village whose producers it may name. */
export function useProductProducer(productId: string) {
  return useQuery({
    queryKey: [...PRODUCERS_KEY, 'product', productId],
    queryFn: () =>
      sdk.client.fetch<{ producer: AdminProducer | null; village_id: string | null }>(
        `/admin/webdesaku/products/${productId}/producer`,
      ),
  });
}

/** A change of producers: the server's message on failure; on success a toast and fresh lists. */
export function useProducerChange<V, R>(change: (value: V) => Promise<R>, done: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      toast.success(done);
      return queryClient.invalidateQueries({ queryKey: PRODUCERS_KEY });
    },
    onError: (e) => toast.error(e.message),
  });
}
