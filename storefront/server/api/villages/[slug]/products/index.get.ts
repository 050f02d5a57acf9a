import type { Category, Lapak } from '#shared/types/commerce';
import type { ProductSort } from '../../../../utils/medusa';

const SORTS: ProductSort[] = ['newest', 'price_asc', 'price_desc', 'title'];
const PAGE_SIZE = 12;

async function categoriesOf(slug: string): Promise<Category[]> {
  const shop = await shopVillage(slug);
  return shop.publishableKey ? useMedusa().categories(shop.publishableKey) : [];
}

/** The village's lapak: Strapi gives the header, Medusa the products; Medusa down → unavailable. */
export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const query = getQuery(event);
  const locale = localeOf(query.locale);
  const page = pageParam(query.page);
  const sort = SORTS.find((s) => s === query.sort) ?? 'newest';
  const categoryParam = textParam(query.category, 60);
  const category = /^[A-Za-z0-9_]+$/.test(categoryParam) ? categoryParam : undefined;
  try {
    const key = `lapak:${slug}:${locale}:${page}:${sort}:${category ?? ''}`;
    return await cachedData(key, [`village:${slug}`, `products:${slug}`], async () => {
      const shop = Promise.all([
        loadLapak(slug, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, sort, categoryId: category }),
        categoriesOf(slug),
      ]);
      const merged = await mergeWithLapak(
        villagePage(slug, locale).then((p) => ({ village: p.village })),
        shop.then(([lapak]) => lapak),
      );
      const categories = await shop.then(([, c]) => c).catch(() => [] as Category[]);
      const lapak: Lapak = merged.value.lapak;
      return {
        ...merged,
        value: {
          village: merged.value.village,
          lapak,
          categories,
          page,
          pageCount: Math.max(1, Math.ceil(lapak.count / PAGE_SIZE)),
          sort,
          category: category ?? null,
        },
      };
    });
  } catch (error) {
    throw toHttpError(error, 'Desa');
  }
});
