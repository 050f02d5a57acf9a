/** What the checkout page needs: the village's open cart and its shipping options (404 for an unknown village). */
export default defineEventHandler((event) => {
  const slug = requireSlug(getRouterParam(event, 'village'), 'Desa');
  return loadCheckoutPage(slug, {
    village: villageKey,
    carts: () => loadCarts(event),
    shippingOptions: (key, cartId) => useMedusa().shippingOptions(key, cartId),
  });
});
