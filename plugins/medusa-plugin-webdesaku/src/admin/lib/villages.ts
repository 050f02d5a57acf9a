import { toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sdk } from './sdk';

export type BankAccount = { bank: string; number: string; holder: string };

export type AdminVillage = {
  id: string;
  slug: string;
  name: string;
  sales_channel_id: string | null;
  stock_location_id: string | null;
  status: string;
  bank_accounts: BankAccount[];
  qris_image_url: string | null;
};

export type VillageResponse = { village: AdminVillage };

export const VILLAGES_KEY = ['webdesaku', 'villages'];

/** Every village the user may see (a seller: only its own), cached by the dashboard's QueryClient. */
export function useVillages() {
  return useQuery({
    queryKey: VILLAGES_KEY,
    queryFn: () => sdk.client.fetch<{ villages: AdminVillage[] }>('/admin/webdesaku/villages'),
    select: (r) => r.villages,
  });
}

/** A change of one village: the server's message on failure; on success a toast and a fresh list. */
export function useVillageChange<V>(change: (value: V) => Promise<VillageResponse>, done: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => {
      toast.success(done);
      return queryClient.invalidateQueries({ queryKey: VILLAGES_KEY });
    },
    onError: (e) => toast.error(e.message),
  });
}
