import type { VillagePage } from '#shared/types/pages';
import type { Locale } from './strapi';
import { cachedData } from './data-cache';
import { loadLapak } from './lapak';
import { mergeWithLapak } from './merge';
import { useStrapi } from './strapi';
import { productsTag, villageTag } from '@webdesaku/contracts';

/** The merged village home (Strapi home endpoint + 8 lapak products), cached per village and locale. */
export function villagePage(slug: string, locale: Locale): Promise<VillagePage> {
  return cachedData(`village:${slug}:${locale}`, [villageTag(slug), productsTag(slug), 'news'], () =>
    mergeWithLapak(useStrapi().villageHome(slug, locale), loadLapak(slug, { limit: 8 })),
  );
}

/** A sub-page: the village header (from the cached home) plus one cached section. */
export async function villageSection<T>(
  slug: string,
  locale: Locale,
  name: string,
  load: () => Promise<T>,
  extraTags: string[] = [],
) {
  const [page, section] = await Promise.all([
    villagePage(slug, locale),
    cachedData(`village:${slug}:${locale}:${name}`, [villageTag(slug), ...extraTags], async () => ({
      value: await load(),
    })),
  ]);
  return { village: page.village, section };
}
