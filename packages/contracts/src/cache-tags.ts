import { SLUG_MAX_LENGTH, SLUG_SOURCE } from './slug.js';

/**
 * The storefront's cache tags (docs/contracts.md "cache purge"). Strapi and Medusa name what an
 * edit touched; the storefront tags what each cached entry was built from and purges by name.
 * A specific tag (`village:anjun`) also purges its family (`village`), so a producer never
 * needs to send both.
 */
export const TAG_FAMILIES = ['portal', 'news', 'village', 'district', 'products'] as const;
export type TagFamily = (typeof TAG_FAMILIES)[number];

/** Everything about one village: its profile, pages, news, payment details, producers. */
export const villageTag = (slug: string) => `village:${slug}` as const;
/** One village shop's products (Medusa). */
export const productsTag = (slug: string) => `products:${slug}` as const;
/** One kecamatan's page and its villages' list. */
export const districtTag = (slug: string) => `district:${slug}` as const;

/** The shape of any tag on the revalidate route: a family, optionally `:` and a slug. */
export const CACHE_TAG_PATTERN = new RegExp(
  `^[a-z][a-z-]{0,30}(?::(?=[a-z0-9-]{1,${SLUG_MAX_LENGTH}}$)${SLUG_SOURCE})?$`,
);

/** A tag's family: `village:anjun` → `village`. */
export const tagFamily = (tag: string) => tag.split(':', 1)[0]!;

/** A tag naming one thing (`village:anjun`), not a whole family (`news`). */
export const isSpecificTag = (tag: string) => tag.includes(':');

/** The slug a specific tag of `family` names (`village:anjun` → `anjun`), else null. */
export function tagSlug(tag: string, family: TagFamily): string | null {
  return tag.startsWith(`${family}:`) ? tag.slice(family.length + 1) : null;
}
