/** Quantity changes from the cart page: fields `village`, and `qty_<lineId>` per line (0 removes). */
export default defineEventHandler(async (event) => {
  const form = await readForm(event);
  const slug = requireSlug(form.village, 'Desa');
  const prefix = localePrefix(form.locale);
  const cart = await villageCart(event, slug).catch(() => null);
  if (!cart) return formResponse(event, `${prefix}/keranjang`, { ok: false, error: 'no-cart' });
  const changes = Object.entries(form)
    .filter(([name]) => /^qty_[A-Za-z0-9_]{5,60}$/.test(name))
    .map(([name, value]) => ({
      line: name.slice(4),
      quantity: Math.min(99, Math.max(0, Math.floor(Number(value) || 0))),
    }));
  if (form.remove && /^[A-Za-z0-9_]{5,60}$/.test(form.remove))
    changes.push({ line: form.remove, quantity: 0 });
  try {
    const medusa = useMedusa();
    for (const change of changes.slice(0, 50))
      await medusa.setLineQuantity(cart.key, cart.id, change.line, change.quantity);
    return formResponse(event, `${prefix}/keranjang`, { ok: true });
  } catch (error) {
    console.warn(`[cart] update of ${slug} refused (${checkoutErrorCode(error)}): ${String(error)}`);
    return formResponse(event, `${prefix}/keranjang?galat=${checkoutErrorCode(error)}`, {
      ok: false,
      error: checkoutErrorCode(error),
    });
  }
});
