import { useEffect, useState } from 'react';

export type AdminVillage = {
  id: string;
  slug: string;
  name: string;
  sales_channel_id: string | null;
  stock_location_id: string | null;
  status: string;
};

/** GET/POST against this Medusa's admin API with the dashboard's session cookie. */
export async function adminFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, {
    credentials: 'include',
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.message ?? `Permintaan gagal (${res.status})`);
  return body as T;
}

/** Every village the user may see (a seller: only its own). */
export function useVillages() {
  const [villages, setVillages] = useState<AdminVillage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    adminFetch<{ villages: AdminVillage[] }>('/admin/webdesaku/villages')
      .then((r) => setVillages(r.villages))
      .catch((e: Error) => setError(e.message));
  }, []);
  return { villages, error };
}
