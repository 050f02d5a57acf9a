/**
 * The order id behind the short number a shopper was told ("#12"). It reveals nothing of the order:
 * the order page still asks for the e-mail or phone used at checkout. Rate-limited with /api/orders/.
 */
export default defineEventHandler(async (event) => {
  const number = String(getRouterParam(event, 'number') ?? '').replace(/^#/, '');
  if (!/^\d{1,9}$/.test(number)) throw notFound('Pesanan');
  let id: string | null;
  try {
    id = await useMedusa().orderIdByNumber(Number(number));
  } catch (error) {
    throw toHttpError(error, 'Pesanan');
  }
  if (!id) throw notFound('Pesanan');
  return { id };
});
