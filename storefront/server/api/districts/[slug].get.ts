import type { Lapak } from '#shared/types/commerce';

/** Featured products of the given villages: a few each, in parallel; one failing village is skipped. */
async function lapakOf(slugs: string[]): Promise<Lapak> {
  const lists = await Promise.allSettled(slugs.slice(0, 8).map((slug) => loadLapak(slug, { limit: 4 })));
  const ok = lists.filter((l) => l.status === 'fulfilled').map((l) => l.value);
  if (slugs.length && !ok.length) throw new Error('no village shop reachable');
  const products = ok.flatMap((l) => l.products);
  return { available: true, products, count: products.length };
}

export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Kecamatan');
  const locale = localeOf(getQuery(event).locale);
  try {
    return await cachedData(
      `district:${slug}:${locale}`,
      [`district:${slug}`, 'village', 'news', 'products'],
      async () => {
        const strapi = useStrapi();
        const [district] = await strapi.districts(slug);
        if (!district) throw notFound('Kecamatan');
        const content = strapi
          .articles({ district: slug, locale, pageSize: 6 })
          .then((news) => ({ district, articles: news.items }));
        return mergeWithLapak(content, lapakOf(district.villages.map((v) => v.slug)));
      },
    );
  } catch (error) {
    throw toHttpError(error, 'Kecamatan');
  }
});
