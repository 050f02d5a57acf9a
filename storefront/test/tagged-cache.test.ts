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

describe('TaggedCache, whole pages after a purge', () => {
  const PAGE = { ...OPTIONS, purgedStaleMs: 5000, remember: true };

  it('given a purged page within its stale bound, then the old page is served at once and one render replaces it behind', async () => {
    const { cache, clock } = cacheAt();
    let finish: (value: { value: string }) => void = () => undefined;
    const load = vi
      .fn()
      .mockResolvedValueOnce({ value: 'old' })
      .mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    await cache.get('page:/desa/anjun', PAGE, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    clock.now = 20;
    // three visitors while the new render runs: none waits, one render
    const reads = await Promise.all([1, 2, 3].map(() => cache.read('page:/desa/anjun', PAGE, load)));
    expect(reads.map((r) => [r.value, r.state])).toEqual([
      ['old', 'stale'],
      ['old', 'stale'],
      ['old', 'stale'],
    ]);
    expect(load).toHaveBeenCalledTimes(2);
    finish({ value: 'new' });
    await vi.waitFor(async () =>
      expect(await cache.read('page:/desa/anjun', PAGE, load)).toEqual({ value: 'new', state: 'hit' }),
    );
  });

  it('given a purged page past its stale bound, then it is rendered before answering (an edit never stays hidden longer)', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('old', 'new');
    await cache.get('page:/desa/anjun', PAGE, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    clock.now = 10 + 5000;
    expect(await cache.read('page:/desa/anjun', PAGE, load)).toEqual({ value: 'new', state: 'miss' });
  });

  it('given two purges since the page was rendered, then the bound counts from the first one (the second does not extend it)', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('old', 'new');
    await cache.get('page:/lapak', PAGE, load);
    // a first edit nobody looked at, then another one much later
    clock.now = 1000;
    await cache.purge(['products:anjun']);
    clock.now = 100_000;
    await cache.purge(['products:cilegong']);
    clock.now = 100_010;
    expect(await cache.read('page:/lapak', { ...PAGE, tags: ['products'] }, load)).toEqual({
      value: 'new',
      state: 'miss',
    });
  });

  it('given a load that started before a purge, then a read after the purge does not take its answer', async () => {
    const { cache, clock } = cacheAt();
    let finishOld: (value: { value: string }) => void = () => undefined;
    const load = vi
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (finishOld = resolve)))
      .mockResolvedValueOnce({ value: 'after the edit' });
    // a visitor's load is under way when the edit's purge arrives
    const before = cache.get('data:anjun', OPTIONS, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    clock.now = 20;
    // the purge's re-render asks for the same data: it must load again, not join
    const after = cache.get('data:anjun', OPTIONS, load);
    finishOld({ value: 'before the edit' });
    expect(await before).toBe('before the edit');
    expect(await after).toBe('after the edit');
    expect(load).toHaveBeenCalledTimes(2);
    // positive control: without a purge in between, reads share one load
    const shared = loader('shared');
    clock.now = 30;
    const [a, b] = await Promise.all([
      cache.get('other', OPTIONS, shared),
      cache.get('other', OPTIONS, shared),
    ]);
    expect([a, b]).toEqual(['shared', 'shared']);
    expect(shared).toHaveBeenCalledTimes(1);
  });

  it('given many purged pages read at once, then at most four render behind at a time, the others served stale', async () => {
    const { cache, clock } = cacheAt();
    const keys = Array.from({ length: 10 }, (_, i) => `page:/lapak?page=${i + 1}`);
    const lapak = { ...PAGE, tags: ['products'] };
    for (const key of keys) await cache.get(key, lapak, loader('old'));
    clock.now = 10;
    await cache.purge(['products:anjun']);
    const hang = vi.fn(() => new Promise<never>(() => undefined));
    const reads = await Promise.all(keys.map((key) => cache.read(key, lapak, hang)));
    expect(reads.every((r) => r.state === 'stale')).toBe(true);
    expect(hang).toHaveBeenCalledTimes(4);
  });

  it('given pages under a family tag only, then they are not remembered for re-rendering (only specific tags are)', async () => {
    const { cache } = cacheAt();
    await cache.get('page:/', { ...PAGE, tags: ['portal', 'news'] }, loader('portal'));
    await cache.get('page:/desa/anjun', { ...PAGE, tags: ['village:anjun', 'news'] }, loader('anjun'));
    expect(await cache.keysTagged(['news', 'portal'])).toEqual([]);
    expect(await cache.keysTagged(['village:anjun'])).toEqual(['page:/desa/anjun']);
  });

  it('given data (no stale bound), then a purge still reloads before answering', async () => {
    const { cache, clock } = cacheAt();
    const load = loader('old', 'new');
    await cache.get('k', OPTIONS, load);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    expect(await cache.read('k', OPTIONS, load)).toEqual({ value: 'new', state: 'miss' });
  });

  it('given remembered pages, then a purge finds the pages of its tags, and refreshIfStale renders only purged ones', async () => {
    const { cache, clock } = cacheAt();
    const anjun = loader('anjun 1', 'anjun 2');
    const wanayasa = loader('wanayasa 1', 'unexpected');
    await cache.get('page:/desa/anjun', PAGE, anjun);
    await cache.get('page:/desa/wanayasa', { ...PAGE, tags: ['village:wanayasa'] }, wanayasa);
    await cache.get('data', OPTIONS, loader('not remembered'));
    expect(await cache.keysTagged(['village:anjun'])).toEqual(['page:/desa/anjun']);
    expect((await cache.keysTagged(['village:anjun', 'village:wanayasa'])).sort()).toEqual([
      'page:/desa/anjun',
      'page:/desa/wanayasa',
    ]);
    clock.now = 10;
    await cache.purge(['village:anjun']);
    clock.now = 20;
    expect(await cache.refreshIfStale('page:/desa/anjun', PAGE, anjun)).toBe(true);
    expect(await cache.refreshIfStale('page:/desa/wanayasa', PAGE, wanayasa)).toBe(false);
    expect(await cache.refreshIfStale('page:/desa/gone', PAGE, wanayasa)).toBe(false);
    expect(await cache.read('page:/desa/anjun', PAGE, anjun)).toEqual({ value: 'anjun 2', state: 'hit' });
    expect(wanayasa).toHaveBeenCalledTimes(1);
  });

  it('given two processes sharing storage, then only the one holding the claim renders the stale page again', async () => {
    const storage = new MemoryStorage();
    const clock = { now: 0 };
    const first = new TaggedCache(storage, () => clock.now);
    const second = new TaggedCache(storage, () => clock.now);
    const firstLoad = vi
      .fn()
      .mockResolvedValueOnce({ value: 'old' })
      .mockImplementationOnce(() => new Promise(() => undefined));
    const secondLoad = vi.fn(async () => ({ value: 'second' }));
    await first.get('page:/', PAGE, firstLoad);
    clock.now = 10;
    await first.purge(['village:anjun']);
    expect((await first.read('page:/', PAGE, firstLoad)).state).toBe('stale');
    expect((await second.read('page:/', PAGE, secondLoad)).value).toBe('old');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(firstLoad).toHaveBeenCalledTimes(2);
    expect(secondLoad).not.toHaveBeenCalled();
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

  it('given an evicted entry, then the tag index forgets it too (bounded like the entries)', async () => {
    const storage = new MemoryStorage(1);
    await storage.setItem('entry:a', 'a');
    await storage.remember(['village:anjun'], 'a');
    await storage.setItem('entry:b', 'b');
    await storage.remember(['village:anjun'], 'b');
    expect(await storage.keysTagged(['village:anjun'])).toEqual(['b']);
  });

  it('given a claim held, then a second claim is refused until it is released or runs out', async () => {
    const clock = { now: 0 };
    const storage = new MemoryStorage(10, () => clock.now);
    expect(await storage.claim('k', 100)).toBe(true);
    expect(await storage.claim('k', 100)).toBe(false);
    await storage.release('k');
    expect(await storage.claim('k', 100)).toBe(true);
    clock.now = 101;
    expect(await storage.claim('k', 100)).toBe(true);
  });
});
