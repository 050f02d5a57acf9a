import type { CacheStorage } from './tagged-cache';

/** In-process storage with a size cap, so odd query strings cannot grow memory without bound. */
export class MemoryStorage implements CacheStorage {
  private map = new Map<string, unknown>();
  constructor(private limit = 5000) {}

  async getItem<T>(key: string): Promise<T | null> {
    return (this.map.get(key) as T | undefined) ?? null;
  }

  async setItem(key: string, value: unknown): Promise<void> {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
  }
}

interface RedisLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
}

/** Shared between storefront processes. Entries outlive their TTL (7 days) so a backend outage can be bridged with stale pages. */
export class RedisStorage implements CacheStorage {
  constructor(
    private redis: RedisLike,
    private prefix = 'webdesaku:storefront:',
  ) {}

  async getItem<T>(key: string): Promise<T | null> {
    const raw = await this.redis.get(this.prefix + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async setItem(key: string, value: unknown): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', 7 * 24 * 3600);
  }
}
