import { Redis } from 'ioredis';
import { MemoryStorage, RedisStorage } from './cache-storage';
import { TaggedCache, type CacheOptions, type Fresh } from './tagged-cache';
import { useStorefrontConfig } from './config';

export const FRESH_MS = 5 * 60_000; // purges make edits visible at once; the TTL is only a safety net
export const SWR_MS = 24 * 3600_000;
export const DEGRADED_MS = 15_000;

let cache: TaggedCache | null = null;

function createCache(): TaggedCache {
  const { redisUrl } = useStorefrontConfig();
  if (!redisUrl) return new TaggedCache(new MemoryStorage());
  // Fail fast while Redis is down: the cache degrades to loading fresh instead of queueing requests.
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
  let lastWarning = 0; // one line a minute while Redis is down, not one per reconnect attempt
  redis.on('error', (error) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    console.warn(`[cache] redis unavailable, serving uncached: ${error.message}`);
  });
  return new TaggedCache(new RedisStorage(redis));
}

export function useDataCache(): TaggedCache {
  cache ??= createCache();
  return cache;
}

export function cachedData<T>(
  key: string,
  tags: string[],
  load: () => Promise<Fresh<T>>,
  options: Partial<CacheOptions> = {},
): Promise<T> {
  if (!useStorefrontConfig().cache) return load().then((fresh) => fresh.value);
  return useDataCache().get(key, { tags, maxAge: FRESH_MS, swr: SWR_MS, ...options }, load);
}
