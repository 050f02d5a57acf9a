import type { ProductDetail } from '#shared/types/commerce';
import { productsTag, villageTag } from '@webdesaku/contracts';

export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const handle = requireSlug(getRouterParam(event, 'handle'), 'Produk');
  const locale = localeOf(getQuery(event).locale);
  try {
    return await cachedData(
      `product:${slug}:${handle}:${locale}`,
      [villageTag(slug), productsTag(slug)],
      async () => {
        const medusa = useMedusa();
        const detail = shopVillage(slug).then((shop) =>
          shop.publishableKey ? medusa.product(shop.publishableKey, slug, handle) : null,
        );
        // Who made it comes from the market's card of the same product; without it the page still shows.
        const producer = medusa
          .market({ villages: [slug], handle, sort: 'newest', limit: 1, offset: 0 })
          .then(({ products }) => products[0]?.producer ?? null)
          .catch(() => null);
        const product = Promise.all([detail, producer]).then(([found, by]) =>
          found ? { ...found, producer: by } : null,
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
