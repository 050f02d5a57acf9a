import type { Redis } from 'ioredis';
import type { CacheStorage } from './tagged-cache';

/**
 * In-process storage. Entries are capped (least recently used go first) so odd query strings
 * cannot grow memory without bound; purge stamps (`tag:*`) are few and never evicted, since
 * losing one would let a purged entry pass as fresh.
 */
export class MemoryStorage implements CacheStorage {
  private entries = new Map<string, unknown>();
  private tags = new Map<string, unknown>();
  private claims = new Map<string, number>();
  private keysOfTag = new Map<string, Set<string>>();
  private tagsOfKey = new Map<string, string[]>();
  constructor(
    private limit = 10_000,
    private now: () => number = Date.now,
  ) {}

  async claim(key: string, ms: number): Promise<boolean> {
    if ((this.claims.get(key) ?? 0) > this.now()) return false;
    this.claims.set(key, this.now() + ms);
    return true;
  }

  async release(key: string): Promise<void> {
    this.claims.delete(key);
  }

  async remember(tags: string[], key: string): Promise<void> {
    this.forget(key);
    this.tagsOfKey.set(key, tags);
    for (const tag of tags) {
      let keys = this.keysOfTag.get(tag);
      if (!keys) this.keysOfTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  async keysTagged(tags: string[]): Promise<string[]> {
    return [...new Set(tags.flatMap((tag) => [...(this.keysOfTag.get(tag) ?? [])]))];
  }

  /** An evicted entry leaves the tag index too, so the index is as bounded as the entries. */
  private forget(key: string) {
    for (const tag of this.tagsOfKey.get(key) ?? []) this.keysOfTag.get(tag)?.delete(key);
    this.tagsOfKey.delete(key);
  }

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
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.forget(oldest.replace(/^entry:/, ''));
    }
  }
}

type RedisLike = Pick<Redis, 'get' | 'set' | 'del' | 'sunion' | 'multi'>;

/** The most keys remembered under one tag (a village's pages, in every language and filter). */
const MAX_KEYS_PER_TAG = 1_000;
const WEEK_SECONDS = 7 * 24 * 3600;

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
    await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', WEEK_SECONDS);
  }

  async claim(key: string, ms: number): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}claim:${key}`, '1', 'PX', ms, 'NX')) === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}claim:${key}`);
  }

  /**
   * One sorted set per tag, scored by when the key was last stored: trimmed to the newest
   * MAX_KEYS_PER_TAG and to a week, so visitors inventing page variants cannot grow it for ever.
   */
  async remember(tags: string[], key: string): Promise<void> {
    const now = Date.now();
    const batch = this.redis.multi();
    for (const tag of tags) {
      const set = `${this.prefix}keyset:${tag}`;
      batch
        .zadd(set, now, key)
        .zremrangebyscore(set, '-inf', now - WEEK_SECONDS * 1000)
        .zremrangebyrank(set, 0, -(MAX_KEYS_PER_TAG + 1))
        .expire(set, WEEK_SECONDS);
    }
    await batch.exec();
  }

  /** Newest first within each tag. */
  async keysTagged(tags: string[]): Promise<string[]> {
    const batch = this.redis.multi();
    for (const tag of tags) batch.zrevrange(`${this.prefix}keyset:${tag}`, 0, -1);
    const results = (await batch.exec()) ?? [];
    return [...new Set(results.flatMap(([error, keys]) => (error ? [] : (keys as string[]))))];
  }
}
