import type { AxiosInstance } from 'axios';
import type { MedusaContainer } from '@medusajs/framework/types';
import { setRegencyAdminWorkflow } from 'medusa-plugin-webdesaku/workflows';
import { DEMO_PASSWORD, ensureAdminUser } from '../../src/scripts/seed/users';

export type AdminLogin = { userId: string; headers: { headers: { authorization: string } } };

/** An admin user logged in through the real auth route. */
export async function adminLogin(
  api: AxiosInstance,
  container: MedusaContainer,
  email: string,
): Promise<AdminLogin> {
  const { id } = await ensureAdminUser(container, email, { first_name: 'Uji', last_name: 'Coba' });
  const { data } = await api.post('/auth/user/emailpass', { email, password: DEMO_PASSWORD });
  return { userId: id, headers: { headers: { authorization: `Bearer ${data.token}` } } };
}

/** An admin user with regency-admin rights (granted as the seed does). */
export async function regencyLogin(
  api: AxiosInstance,
  container: MedusaContainer,
  email: string,
): Promise<AdminLogin> {
  const login = await adminLogin(api, container, email);
  await setRegencyAdminWorkflow(container).run({
    input: { user_id: login.userId, granted: true, by: 'seed' },
  });
  return login;
}

/** A seller of the village, linked by the regency admin through our route. */
export async function sellerLogin(
  api: AxiosInstance,
  container: MedusaContainer,
  regency: AdminLogin,
  villageSlug: string,
): Promise<AdminLogin> {
  const seller = await adminLogin(api, container, `penjual.${villageSlug}@webdesaku.id`);
  await api.post(
    '/admin/webdesaku/sellers',
    { user_id: seller.userId, village_slug: villageSlug },
    regency.headers,
  );
  return seller;
}

/** The HTTP status of a call that may fail. */
export async function statusOf(call: Promise<{ status: number }>): Promise<number> {
  return call.then((r) => r.status).catch((e: { response?: { status: number } }) => e.response?.status ?? 0);
}
