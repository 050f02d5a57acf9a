/** Order status for whoever placed it (cookie) or knows its email/phone. Unknown or mismatched → 404, same message. */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  if (!isOrderId(id)) throw notFound('Pesanan');
  try {
    const found = await orderForVisitor(event, id, textParam(getQuery(event).contact, 200));
    if (!found) return { order: null, needsContact: true };
    const village =
      (await useMedusa().villages()).find((v) => v.salesChannelId === found.order.salesChannelId) ?? null;
    return {
      order: found.order,
      villageName: village?.name ?? null,
      whatsapp: village?.whatsapp ?? null,
      payment: village?.payment ?? null,
      needsContact: false,
    };
  } catch (error) {
    throw toHttpError(error, 'Pesanan');
  }
});
