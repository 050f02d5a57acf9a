import type { AxiosInstance } from 'axios';
import type { AdminLogin } from './admin';

export type BellNotification = { resource_id: string; data: { title: string; description: string } };

/** What the admin bell (feed channel) shows this user about one order. */
export async function bellFor(
  api: AxiosInstance,
  who: AdminLogin,
  orderId: string,
): Promise<BellNotification[]> {
  const { data } = await api.get('/admin/notifications?channel=feed', who.headers);
  return (data.notifications as BellNotification[]).filter((n) => n.resource_id === orderId);
}

/** The bell once it rang (notifications are sent by a subscriber, after the checkout answered). */
export async function bellOnceRung(api: AxiosInstance, who: AdminLogin, orderId: string) {
  let rung: BellNotification[] = [];
  for (let i = 0; i < 50 && rung.length === 0; i++) {
    rung = await bellFor(api, who, orderId);
    if (!rung.length) await new Promise((r) => setTimeout(r, 200));
  }
  return rung;
}
