import { z } from 'zod';
import { CACHE_TAG_PATTERN } from './cache-tags.js';

/**
 * The storefront's purge route (docs/contracts.md "cache purge"): Strapi and Medusa POST the tags
 * an edit touched, with the shared secret in a header; the storefront validates the body with
 * this same schema, so a producer that sends another shape fails its own tests.
 */
export const REVALIDATE_PATH = '/api/revalidate';
export const REVALIDATE_SECRET_HEADER = 'x-webdesaku-secret';
/** Tags in one purge; more are sent as several purges (`revalidateBatches`). */
export const MAX_REVALIDATE_TAGS = 100;

export const RevalidateBody = z.object({
  tags: z.array(z.string().regex(CACHE_TAG_PATTERN)).min(1).max(MAX_REVALIDATE_TAGS),
});
export type RevalidateBody = z.infer<typeof RevalidateBody>;

/** The bodies that purge `tags` (each once), in as few requests as the route takes. */
export function revalidateBatches(tags: readonly string[]): RevalidateBody[] {
  const unique = [...new Set(tags)];
  const batches: RevalidateBody[] = [];
  for (let start = 0; start < unique.length; start += MAX_REVALIDATE_TAGS) {
    batches.push({ tags: unique.slice(start, start + MAX_REVALIDATE_TAGS) });
  }
  return batches;
}
