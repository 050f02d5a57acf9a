import { timingSafeEqual } from 'node:crypto';
import { CACHE_TAG_PATTERN } from '@webdesaku/contracts';

export const MAX_TAGS = 100;
export const MAX_BODY_BYTES = 16 * 1024;

export function secretMatches(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type TagsResult = { ok: true; tags: string[] } | { ok: false; message: string };

/** Validates the purge body `{ "tags": ["village:anjun", ...] }` sent by Strapi and Medusa. */
export function parseTags(body: unknown): TagsResult {
  const tags = (body as { tags?: unknown } | null)?.tags;
  if (!body || typeof body !== 'object' || !Array.isArray(tags))
    return { ok: false, message: 'Body harus JSON { "tags": ["village:<slug>", ...] }' };
  if (tags.length === 0 || tags.length > MAX_TAGS)
    return { ok: false, message: `tags harus berisi 1 sampai ${MAX_TAGS} tag` };
  const bad = tags.find((t) => typeof t !== 'string' || !CACHE_TAG_PATTERN.test(t));
  if (bad !== undefined)
    return { ok: false, message: `Tag tidak valid: ${JSON.stringify(bad).slice(0, 80)}` };
  return { ok: true, tags: [...new Set(tags as string[])] };
}
