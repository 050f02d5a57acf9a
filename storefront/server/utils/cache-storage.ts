import type { CacheStorage } from './tagged-cache';

/**
 * In-process storage. Entries are capped (least recently used go first) so odd query strings
 * cannot grow memory without bound; purge stamps (`tag:*`) are few and never evicted, since
 * losing one would let a purged entry pass as fresh.
 */
export class MemoryStorage implements CacheStorage {
  private entries = new Map<string, unknown>();
  private tags = new Map<string, unknown>();
  constructor(private limit = 10_000) {}

  async getItem<T>(key: string): Promise<T | null> {
    if (key.startsWith('tag:')) return (this.tags.get(key) as T | undefined) ?? null;
    const value = this.entries.get(key);
    if (value === undefined) return null;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value as T;
  }

  async setItem(key: string, value: unknown): Promise<void> {
    if (key.startsWith('tag:')) {
      this.tags.set(key, value);
      return;
    }
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
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
