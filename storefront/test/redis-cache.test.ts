import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisStorage } from '../server/utils/cache-storage';
import { TaggedCache } from '../server/utils/tagged-cache';

// Real Redis (REDIS_URL or the machine's 127.0.0.1:6379), under a prefix unique to this run.
const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
const prefix = `wd_test_storefront_${randomUUID()}:`;

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('cache shared through Redis', () => {
  it('given two storefront processes, when one is purged by revalidate, then the other reloads too', async () => {
    const first = new TaggedCache(new RedisStorage(redis, prefix));
    const second = new TaggedCache(new RedisStorage(redis, prefix));
    const options = { tags: ['village:anjun'], maxAge: 60_000, swr: 60_000 };
    expect(await first.get('village:anjun:id', options, async () => ({ value: 'old name' }))).toBe(
      'old name',
    );
    expect(await second.get('village:anjun:id', options, async () => ({ value: 'unused' }))).toBe('old name');
    await first.purge(['village:anjun']);
    expect(await second.get('village:anjun:id', options, async () => ({ value: 'new name' }))).toBe(
      'new name',
    );
  });

  it('given two processes and a purged page, then one renders it again and both serve the old page meanwhile', async () => {
    const first = new TaggedCache(new RedisStorage(redis, prefix));
    const second = new TaggedCache(new RedisStorage(redis, prefix));
    const options = {
      tags: ['village:wanayasa'],
      maxAge: 60_000,
      swr: 60_000,
      purgedStaleMs: 30_000,
      remember: true,
    };
    await first.get('page:/desa/wanayasa', options, async () => ({ value: 'old' }));
    expect(await second.keysTagged(['village:wanayasa'])).toEqual(['page:/desa/wanayasa']);
    await first.purge(['village:wanayasa']);
    // a render in the purge's own millisecond counts as before it (conservative): start after it
    await new Promise((resolve) => setTimeout(resolve, 5));
    let renders = 0;
    const slowRender = () => {
      renders += 1;
      return new Promise<{ value: string }>((resolve) => setTimeout(() => resolve({ value: 'new' }), 200));
    };
    const reads = await Promise.all(
      [first, second, first, second].map((cache) => cache.read('page:/desa/wanayasa', options, slowRender)),
    );
    expect(reads.map((r) => r.value)).toEqual(['old', 'old', 'old', 'old']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(renders).toBe(1);
    expect(await second.read('page:/desa/wanayasa', options, slowRender)).toEqual({
      value: 'new',
      state: 'hit',
    });
  });

  it('given an entry, then it is stored with an expiry so Redis does not fill up forever', async () => {
    const storage = new RedisStorage(redis, prefix);
    await storage.setItem('entry:x', { a: 1 });
    expect(await storage.getItem('entry:x')).toEqual({ a: 1 });
    expect(await redis.ttl(`${prefix}entry:x`)).toBeGreaterThan(3600);
  });
});
