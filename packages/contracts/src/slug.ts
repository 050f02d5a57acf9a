/**
 * A village's (and a kecamatan's) slug: lowercase words of letters and digits joined by single
 * hyphens, at most 100 characters. It names the village in every URL, in Strapi, in Medusa's
 * village record and sales channel, and in cache tags, so all of them accept exactly the same.
 */
export const SLUG_MAX_LENGTH = 100;

/** The slug's words, unanchored, to compose into longer patterns (a page path, a cache tag). */
export const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** The slug's shape alone (no length): `anjun`, `cibungur-2`; not `Anjun`, `a--b`, `-a`. */
export const SLUG_PATTERN = new RegExp(`^${SLUG_SOURCE}$`);

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
