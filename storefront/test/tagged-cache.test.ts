import { describe, expect, it, vi } from 'vitest';
import { BackendError } from '../server/utils/backend-http';
import { MemoryStorage } from '../server/utils/cache-storage';
import { purgeKeys, TaggedCache } from '../server/utils/tagged-cache';

const OPTIONS = { tags: ['village:anjun'], maxAge: 1000, swr: 10_000 };

function cacheAt(start = 0) {
  const clock = { now: start };
  const warnings: string[] = [];
  const cache = new TaggedCache(
    new MemoryStorage(),
    () => clock.now,
    (m) => warnings.push(m),
  );
  return { cache, clock, warnings };
}

const loader = (...values: unknown[]) => {
  const fn = vi.fn();
  for (const v of values)
    fn.mockImplementationOnce(async () => (v instanceof Error ? Promise.reject(v) : { value: v }));
  return fn;
};

describe('TaggedCache', () => {
  it('given a fresh entry, when read again, then the loader is not called', async () => {
    const { cache } = cacheAt();
    const load = loader('v1', 'v2');
    expect(await cache.get('k', OPTIONS, load)).toBe('v1');
    expect(await cache.get('k', OPTIONS, load)).toBe('v1');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('given an expired entry within the swr window, then the stale value is served and refreshed in the background', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('v1', 'v2');
    await cache.get('k', OPTIONS, load);
    clock.now = 1500;
    expect(await cache.get('k', OPTIONS, load)).toBe('v1');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(await cache.get('k', OPTIONS, load)).toBe('v2');
  });

  it('given a purge of one of its tags, when read, then it is reloaded at once (no waiting for the TTL)', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('old', 'new');
    await cache.get('k', OPTIONS, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    expect(await cache.get('k', OPTIONS, load)).toBe('new');
  });

  it('given a purge of another village, then this entry stays cached', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('anjun', 'unexpected');
    await cache.get('k', OPTIONS, load);
    clock.now = 10;
    await cache.purge(['village:wanayasa']);
    expect(await cache.get('k', OPTIONS, load)).toBe('anjun');
  });

  it('given a purged entry and the backend down, then the stale value is served and a warning logged', async () => {
    const { cache, clock, warnings } = cacheAt();
    const load = loader('stale page', new BackendError('strapi', null, 'ECONNREFUSED'));
    await cache.get('k', OPTIONS, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    expect(await cache.get('k', OPTIONS, load)).toBe('stale page');
    expect(warnings.join()).toContain('serving stale');
  });

  it('given an entry far past its swr window and the backend down, then it is still served rather than failing', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('old', new BackendError('strapi', 503, 'down'));
    await cache.get('k', OPTIONS, load);
    clock.now = 1_000_000;
    expect(await cache.get('k', OPTIONS, load)).toBe('old');
  });

  it('given the backend now says 404, then the 404 is not masked by the stale copy', async () => {
    const { cache, clock } = cacheAt();
    const load = vi
      .fn()
      .mockResolvedValueOnce({ value: 'was there' })
      .mockRejectedValueOnce(Object.assign(new Error('gone'), { statusCode: 404 }));
    await cache.get('k', OPTIONS, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    await expect(cache.get('k', OPTIONS, load)).rejects.toThrow('gone');
  });

  it('given no cached value and a failing backend, then the error reaches the caller', async () => {
    const { cache } = cacheAt();
    await expect(cache.get('k', OPTIONS, loader(new BackendError('strapi', null, 'down')))).rejects.toThrow(
      'down',
    );
  });

  it('given a degraded value with a short maxAge, then it is reloaded after that, not after the normal TTL', async () => {
    const { cache, clock } = cacheAt();
    const load = vi
      .fn()
      .mockResolvedValueOnce({ value: 'degraded', maxAge: 100 })
      .mockResolvedValueOnce({ value: 'whole' });
    await cache.get('k', { ...OPTIONS, swr: 0 }, load);
    clock.now = 200;
    expect(await cache.get('k', { ...OPTIONS, swr: 0 }, load)).toBe('whole');
  });

  it('given concurrent misses, then the backend is called once', async () => {
    const { cache } = cacheAt();
    const load = vi.fn(async () => ({ value: 'once' }));
    const results = await Promise.all([1, 2, 3].map(() => cache.get('k', OPTIONS, load)));
    expect(results).toEqual(['once', 'once', 'once']);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('purgeKeys', () => {
  it('given specific tags, then their families are purged too (portal lists depend on them)', () => {
    expect(purgeKeys(['products:anjun', 'portal'])).toEqual(['products:anjun', 'products', 'portal']);
  });
});

describe('MemoryStorage', () => {
  it('given more entries than its limit, then the least recently used goes, and purge stamps are never evicted', async () => {
    const storage = new MemoryStorage(2);
    await storage.setItem('tag:village:anjun', 5);
    await storage.setItem('entry:a', 'a');
    await storage.setItem('entry:b', 'b');
    await storage.getItem('entry:a');
    await storage.setItem('entry:c', 'c');
    expect(await storage.getItem('entry:b')).toBeNull();
    expect(await storage.getItem('entry:a')).toBe('a');
    expect(await storage.getItem('tag:village:anjun')).toBe(5);
  });
});
