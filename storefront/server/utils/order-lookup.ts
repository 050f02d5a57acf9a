import type { H3Event } from 'h3';
import type { OrderView } from '#shared/types/commerce';
import { normalizeMobilePhone } from '@webdesaku/contracts';

/**
 * The order for whoever placed it (the signed cookie) or gives its e-mail or phone; null when the
 * visitor is neither (`needsContact`). An unknown order and a wrong contact answer the same 404.
 */
export async function orderForVisitor(
  event: H3Event,
  id: string,
  contact: string,
): Promise<{ order: OrderView; mine: boolean } | null> {
  const mine = readOrderIds(event).includes(id);
  if (!mine && !contact) return null;
  const medusa = useMedusa();
  // Any shop's key reads an order (our secret is what Medusa checks); the order names its village.
  const shop = (await medusa.villages()).find((v) => v.active && v.publishableKey);
  if (!shop) throw createError({ statusCode: 503, statusMessage: 'Lapak sedang tidak tersedia' });
  const order = await medusa.order(shop.publishableKey!, id);
  if (!order || (!mine && !contactMatches(contact, order, normalizeMobilePhone))) throw notFound('Pesanan');
  return { order, mine };
}
