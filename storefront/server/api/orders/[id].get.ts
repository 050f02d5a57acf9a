import { normalizePhone } from '#shared/utils/checkout-form';

/** Order status for whoever placed it (cookie) or knows its email/phone. Unknown or mismatched → 404, same message. */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  if (!isOrderId(id)) throw notFound('Pesanan');
  const contact = textParam(getQuery(event).contact, 200);
  const mine = readOrderIds(event).includes(id);
  if (!mine && !contact) return { order: null, needsContact: true };
  try {
    const medusa = useMedusa();
    const shop = (await medusa.villages()).find((v) => v.active && v.publishableKey);
    if (!shop) throw createError({ statusCode: 503, statusMessage: 'Lapak sedang tidak tersedia' });
    const order = await medusa.order(shop.publishableKey!, id);
    if (!order || (!mine && !contactMatches(contact, order, normalizePhone))) throw notFound('Pesanan');
    const village = (await medusa.villages()).find((v) => v.salesChannelId === order.salesChannelId) ?? null;
    return {
      order,
      villageName: village?.name ?? null,
      whatsapp: village?.whatsapp ?? null,
      needsContact: false,
    };
  } catch (error) {
    throw toHttpError(error, 'Pesanan');
  }
});
