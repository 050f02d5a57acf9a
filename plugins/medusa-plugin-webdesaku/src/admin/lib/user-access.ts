import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sdk } from './sdk';
import type { AdminVillage } from './villages';

// A user is the seller of one village (its slug), a regency admin (an explicit grant), or nothing.
export const REGENCY = '__regency__';
export const NONE = '__none__';

type Grants = { regency_admins: { user_id: string }[] };

async function readAccess(userId: string): Promise<string> {
  const [seller, grants] = await Promise.all([
    sdk.client.fetch<{ village: AdminVillage | null }>(`/admin/webdesaku/sellers/${userId}`),
    sdk.client.fetch<Grants>('/admin/webdesaku/regency-admins'),
  ]);
  const regency = grants.regency_admins.some((g) => g.user_id === userId);
  return seller.village?.slug ?? (regency ? REGENCY : NONE);
}

async function writeAccess(userId: string, access: string) {
  // Revoke first, grant last: a change never leaves the user with both rights at once.
  if (access !== REGENCY) {
    await sdk.client.fetch(`/admin/webdesaku/regency-admins/${userId}`, { method: 'DELETE' });
  }
  await sdk.client.fetch('/admin/webdesaku/sellers', {
    method: 'POST',
    body: { user_id: userId, village_slug: access === REGENCY || access === NONE ? null : access },
  });
  if (access === REGENCY) {
    await sdk.client.fetch('/admin/webdesaku/regency-admins', { method: 'POST', body: { user_id: userId } });
  }
}

/** What a user may manage, and the change of it (re-read afterwards, also after a half-done change). */
export function useUserAccess(userId: string) {
  const queryClient = useQueryClient();
  const queryKey = ['webdesaku', 'user-access', userId];
  const access = useQuery({ queryKey, queryFn: () => readAccess(userId) });
  const save = useMutation({
    mutationFn: (value: string) => writeAccess(userId, value),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
  return { access, save };
}
