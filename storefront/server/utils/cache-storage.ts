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

  /** One set per tag, expiring with the entries (a key whose entry expired is skipped when read). */
  async remember(tags: string[], key: string): Promise<void> {
    const batch = this.redis.multi();
    for (const tag of tags) {
      batch.sadd(`${this.prefix}keys:${tag}`, key).expire(`${this.prefix}keys:${tag}`, WEEK_SECONDS);
    }
    await batch.exec();
  }

  async keysTagged(tags: string[]): Promise<string[]> {
    return tags.length ? this.redis.sunion(...tags.map((tag) => `${this.prefix}keys:${tag}`)) : [];
  }
}
