import type { ShippingChoice } from '#shared/types/commerce';

/** What the checkout page needs: the village's open cart and its shipping options. */
export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'village'), 'Desa');
  const carts = await loadCarts(event).catch((error) => {
    throw toHttpError(error, 'Keranjang');
  });
  const cart = carts.find((c) => c.village === slug);
  if (!cart) return { cart: null, shippingOptions: [] as ShippingChoice[] };
  try {
    const { key } = await villageKey(slug);
    return { cart, shippingOptions: await useMedusa().shippingOptions(key, cart.id) };
  } catch (error) {
    throw toHttpError(error, 'Keranjang');
  }
});
