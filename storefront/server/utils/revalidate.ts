import { timingSafeEqual } from 'node:crypto';
import { MAX_REVALIDATE_TAGS, RevalidateBody } from '@webdesaku/contracts';
export const MAX_BODY_BYTES = 16 * 1024;

export function secretMatches(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type TagsResult = { ok: true; tags: string[] } | { ok: false; message: string };

/**
 * Validates the purge body `{ "tags": ["village:anjun", ...] }` sent by Strapi and Medusa with
 * the contract's schema (the producers' tests use the same one), saying what is wrong.
 */
export function parseTags(body: unknown): TagsResult {
  const parsed = RevalidateBody.safeParse(body);
  if (parsed.success) return { ok: true, tags: [...new Set(parsed.data.tags)] };
  const tags = (body as { tags?: unknown } | null)?.tags;
  if (!Array.isArray(tags))
    return { ok: false, message: 'Body harus JSON { "tags": ["village:<slug>", ...] }' };
  if (tags.length === 0 || tags.length > MAX_REVALIDATE_TAGS)
    return { ok: false, message: `tags harus berisi 1 sampai ${MAX_REVALIDATE_TAGS} tag` };
  const bad = tags[parsed.error.issues[0]?.path[1] as number];
  return { ok: false, message: `Tag tidak valid: ${JSON.stringify(bad ?? null).slice(0, 80)}` };
}
