/** The proof photo the shopper sent, shown back to them only (cookie or e-mail/phone), never cached. */
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  if (!isOrderId(id)) throw notFound('Pesanan');
  try {
    if (!(await orderForVisitor(event, id, textParam(getQuery(event).contact, 200))))
      throw notFound('Pesanan');
    const { bytes, contentType } = await useMedusa().paymentProofImage(id);
    if (!/^image\/(jpeg|png|webp)$/.test(contentType)) throw notFound('Bukti pembayaran');
    setResponseHeaders(event, {
      'content-type': contentType,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    return bytes;
  } catch (error) {
    throw toHttpError(error, 'Bukti pembayaran');
  }
});
