import { describe, expect, it } from 'vitest';
import { villageTag } from './cache-tags.js';
import { MAX_REVALIDATE_TAGS, RevalidateBody, revalidateBatches } from './revalidate.js';

describe('purge body', () => {
  it('takes 1 to 100 valid tags (positive control first)', () => {
    expect(RevalidateBody.safeParse({ tags: ['village:anjun', 'news'] }).success).toBe(true);
    for (const body of [
      {},
      { tags: [] },
      { tags: 'village:anjun' },
      { tags: ['Village:Anjun'] },
      { tags: [7] },
      { tags: Array.from({ length: 101 }, (_, i) => villageTag(`v${i}`)) },
      null,
    ]) {
      expect(RevalidateBody.safeParse(body).success, JSON.stringify(body)?.slice(0, 60)).toBe(false);
    }
  });

  it('splits a regency-wide change into bodies the route takes, each tag once', () => {
    const tags = [...Array.from({ length: 183 }, (_, i) => villageTag(`desa-${i}`)), 'portal', 'portal'];
    const batches = revalidateBatches(tags);
    expect(batches.map((b) => b.tags.length)).toEqual([MAX_REVALIDATE_TAGS, 84]);
    for (const body of batches) expect(RevalidateBody.safeParse(body).success).toBe(true);
    expect(batches.flatMap((b) => b.tags)).toEqual([...new Set(tags)]);
    expect(revalidateBatches([])).toEqual([]);
  });
});
