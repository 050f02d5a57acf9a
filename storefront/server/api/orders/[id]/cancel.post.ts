/**
 * "Batalkan pesanan": the shopper who placed the order (signed cookie) or knows its e-mail/phone
 * cancels it while it is unpaid and unpacked. A plain form post (303 back to the order) or JSON.
 */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  if (!isOrderId(id)) throw notFound('Pesanan');
  const form = await readForm(event);
  const contact = textParam(form.contact, 200);
  const back = (flag: string) =>
    `${localePrefix(form.locale)}/pesanan/${encodeURIComponent(id)}?${new URLSearchParams({
      ...(contact ? { contact } : {}),
      [flag]: '1',
    })}`;
  try {
    if (!(await orderForVisitor(event, id, contact))) throw notFound('Pesanan');
    const canceled = await useMedusa().cancelOrder(id);
    return formResponse(event, back(canceled ? 'dibatalkan' : 'tidak-bisa-batal'), { ok: canceled });
  } catch (error) {
    throw toHttpError(error, 'Pesanan');
  }
});
