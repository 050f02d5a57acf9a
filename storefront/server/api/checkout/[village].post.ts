import { pickCheckoutFields, validateCheckout } from '#shared/utils/checkout-form';
import { offeredPaymentMethods } from '#shared/utils/payment-methods';

const FLASH = 'wd_checkout';

/** Place the order. On any problem the shopper returns to the form with what they typed and a clear reason. */
export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'village'), 'Desa');
  const form = await readForm(event);
  const prefix = localePrefix(form.locale);
  const fields = pickCheckoutFields(form);
  const back = (errors: string[]) => {
    setCookie(event, FLASH, JSON.stringify({ village: slug, errors, fields }), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 600,
    });
    return formResponse(event, `${prefix}/checkout/${slug}`, { ok: false, errors, fields });
  };
  try {
    // A completed cart too: a double-clicked "Buat pesanan" gets the order the first click placed.
    const cart = await villageCart(event, slug, { completed: true });
    if (!cart) return back(['empty']);
    const { key, name, id: cartId, payment } = cart;
    const options = await useMedusa().shippingOptions(key, cartId);
    const option = options.find((o) => o.id === fields.shipping);
    const checked = validateCheckout(fields, option?.pickup ?? false, offeredPaymentMethods(payment));
    if (!checked.ok) return back(checked.errors);
    if (!option) return back(['shipping']);
    const orderId = await placeOrderOnce(cartId, () =>
      placeOrder(key, cartId, { slug, name }, checked.value, option.pickup),
    );
    rememberOrder(event, orderId);
    const ids = readCartIds(event);
    delete ids[slug];
    writeCartIds(event, ids);
    deleteCookie(event, FLASH, { path: '/' });
    return formResponse(event, `${prefix}/pesanan/${orderId}?baru=1`, { ok: true, orderId });
  } catch (error) {
    const code = checkoutErrorCode(error);
    console.warn(`[checkout] ${slug} failed (${code}): ${String(error)}`);
    return back([code]);
  }
});
