import type { ProductDetail } from '#shared/types/commerce';

export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const handle = requireSlug(getRouterParam(event, 'handle'), 'Produk');
  const locale = localeOf(getQuery(event).locale);
  try {
    return await cachedData(
      `product:${slug}:${handle}:${locale}`,
      [`village:${slug}`, `products:${slug}`],
      async () => {
        const product = shopVillage(slug).then((shop) =>
          shop.publishableKey ? useMedusa().product(shop.publishableKey, slug, handle) : null,
        );
        const [page, found] = await Promise.allSettled([villagePage(slug, locale), product]);
        if (page.status === 'rejected') throw page.reason;
        if (found.status === 'rejected') {
          console.warn(`[storefront] product ${slug}/${handle} unavailable: ${String(found.reason)}`);
          return {
            value: { village: page.value.village, product: null as ProductDetail | null, available: false },
            maxAge: DEGRADED_MS,
          };
        }
        if (!found.value) throw notFound('Produk');
        return { value: { village: page.value.village, product: found.value, available: true } };
      },
    );
  } catch (error) {
    throw toHttpError(error, 'Produk');
  }
});
