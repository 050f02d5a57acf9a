/** "Tambah ke keranjang": works as a plain HTML form post (303 to the cart) and as JSON. */
export default defineEventHandler(async (event) => {
  const form = await readForm(event);
  const slug = requireSlug(form.village, 'Desa');
  const handle = /^[a-z0-9-]{1,100}$/.test(form.handle ?? '') ? form.handle : '';
  const prefix = localePrefix(form.locale);
  const quantity = Math.min(99, Math.max(1, Math.floor(Number(form.quantity) || 1)));
  if (!/^variant_[A-Za-z0-9]{10,40}$/.test(form.variant ?? ''))
    throw createError({ statusCode: 400, statusMessage: 'Pilihan produk tidak valid' });
  try {
    const cart = await openCart(event, slug);
    await useMedusa().addLine(cart.key, cart.id, form.variant!, quantity);
    return formResponse(event, `${prefix}/keranjang?ditambah=1`, { ok: true, cartId: cart.id });
  } catch (error) {
    const code = checkoutErrorCode(error);
    console.warn(`[cart] add to ${slug} refused (${code}): ${String(error)}`);
    return formResponse(event, `${prefix}/desa/${slug}/lapak/${handle}?galat=${code}`, {
      ok: false,
      error: code,
    });
  }
});
