// Stale-while-revalidate cache with tag purges. Entries are never deleted by a purge: a
// purged entry is refreshed on its next read (or, for whole pages, served a little longer while
// one background render replaces it), and if the backend is down the stale value is served
// instead (a Strapi outage must not take pages down).
export interface CacheStorage {
  getItem<T = unknown>(key: string): Promise<T | null>;
  setItem(key: string, value: unknown): Promise<void>;
  /**
   * Takes the right to refresh `key` for `ms`, false when another process holds it: with
   * replicas sharing Redis, exactly one of them renders a stale page again.
   */
  claim(key: string, ms: number): Promise<boolean>;
  release(key: string): Promise<void>;
  /** Remembers that `key` carries `tags`, so a purge can find the entries it made stale. */
  remember(tags: string[], key: string): Promise<void>;
  /** The remembered keys that carry any of `tags`. */
  keysTagged(tags: string[]): Promise<string[]>;
}

export interface CacheEntry<T> {
  value: T;
  createdAt: number;
  maxAge: number;
  tags: string[];
}

export interface CacheOptions {
  tags: string[];
  /** ms the value is fresh */
  maxAge: number;
  /** ms after maxAge during which the stale value is served while refreshing in the background */
  swr: number;
  /**
   * ms after a purge during which the purged value is still served while one background refresh
   * replaces it (whole pages: no visitor waits for a render after an edit). Past it, and without
   * it (data), a purged entry is reloaded before answering, so an edit never stays hidden longer.
   */
  purgedStaleMs?: number;
  /** Remember the entry under its tags, so `keysTagged` finds it after a purge. */
  remember?: boolean;
}

/** How a read was answered: from a valid entry, from a stale one (refreshing behind), or loaded. */
export type CacheState = 'hit' | 'stale' | 'miss';

export interface Fresh<T> {
  value: T;
  /** a degraded value (one backend failed) is kept only briefly so the page recovers quickly */
  maxAge?: number;
}

/** A purge of `products:anjun` also purges the family `products` (portal lists, sitemaps). */
export function purgeKeys(tags: string[]): string[] {
  const keys = new Set<string>();
  for (const tag of tags) {
    keys.add(tag);
    const family = tag.split(':')[0];
    if (family) keys.add(family);
  }
  return [...keys];
}

/** How long one process may hold the right to refresh a key (a render takes well under it). */
const CLAIM_MS = 30_000;

export class TaggedCache {
  private inflight = new Map<string, Promise<unknown>>();

  constructor(
    private storage: CacheStorage,
    private now: () => number = Date.now,
    private warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  async purge(tags: string[]): Promise<string[]> {
    const at = this.now();
    const keys = purgeKeys(tags);
    await Promise.all(keys.map((tag) => this.storage.setItem(`tag:${tag}`, at)));
    return keys;
  }

  /** When the entry was last purged after it was made, null when it was not. */
  private async purgedAt(entry: CacheEntry<unknown>): Promise<number | null> {
    try {
      const stamps = await Promise.all(entry.tags.map((tag) => this.storage.getItem<number>(`tag:${tag}`)));
      const after = stamps.filter(
        (stamp): stamp is number => typeof stamp === 'number' && stamp >= entry.createdAt,
      );
      return after.length ? Math.max(...after) : null;
    } catch {
      return 0; // cannot tell: refresh, and fall back to the stale value if that fails too
    }
  }

  /** The keys remembered under any of `tags` (entries read with `remember`). */
  keysTagged(tags: string[]): Promise<string[]> {
    return this.storage.keysTagged(tags);
  }

  async get<T>(key: string, options: CacheOptions, load: () => Promise<Fresh<T>>): Promise<T> {
    return (await this.read(key, options, load)).value;
  }

  /** The value and how it was answered (the page cache tells visitors and the bench). */
  async read<T>(
    key: string,
    options: CacheOptions,
    load: () => Promise<Fresh<T>>,
  ): Promise<{ value: T; state: CacheState }> {
    const entry = await this.entry<T>(key);
    if (!entry) return { value: await this.refresh(key, options, load), state: 'miss' };
    const now = this.now();
    const age = now - entry.createdAt;
    const purgedAt = await this.purgedAt(entry);
    if (purgedAt === null && age < entry.maxAge) return { value: entry.value, state: 'hit' };
    const staleAllowed =
      purgedAt === null ? age < entry.maxAge + options.swr : now - purgedAt < (options.purgedStaleMs ?? 0);
    if (staleAllowed) {
      void this.refreshInBackground(key, options, load);
      return { value: entry.value, state: 'stale' };
    }
    try {
      return { value: await this.refresh(key, options, load), state: 'miss' };
    } catch (error) {
      if (isNotFound(error)) throw error;
      this.warn(`[cache] serving stale ${key}: ${String(error)}`);
      return { value: entry.value, state: 'stale' };
    }
  }

  /**
   * Refreshes a cached `key` that a purge or its age made stale (the pages of a purge, one after
   * the other); an entry already renewed, or gone, is left alone. Never throws.
   */
  async refreshIfStale<T>(
    key: string,
    options: CacheOptions,
    load: () => Promise<Fresh<T>>,
  ): Promise<boolean> {
    const entry = await this.entry<T>(key);
    if (!entry) return false;
    const valid = (await this.purgedAt(entry)) === null && this.now() - entry.createdAt < entry.maxAge;
    return valid ? false : this.refreshInBackground(key, options, load);
  }

  /**
   * Refreshes `key` unless this process or (through the storage's claim) another one is already
   * doing it; never throws. Answers whether this call did the refresh.
   */
  async refreshInBackground<T>(
    key: string,
    options: CacheOptions,
    load: () => Promise<Fresh<T>>,
  ): Promise<boolean> {
    if (this.inflight.has(key)) return false;
    try {
      if (!(await this.storage.claim(key, CLAIM_MS))) return false;
    } catch {
      // the shared storage is down: refreshing here is better than never
    }
    try {
      await this.refresh(key, options, load);
      return true;
    } catch (error) {
      this.warn(`[cache] background refresh of ${key} failed: ${String(error)}`);
      return false;
    } finally {
      await this.storage.release(key).catch(() => undefined);
    }
  }

  private async entry<T>(key: string): Promise<CacheEntry<T> | null> {
    try {
      return await this.storage.getItem<CacheEntry<T>>(`entry:${key}`);
    } catch (error) {
      this.warn(`[cache] read failed, loading fresh: ${String(error)}`);
      return null;
    }
  }

  private refresh<T>(key: string, options: CacheOptions, load: () => Promise<Fresh<T>>): Promise<T> {
    const running = this.inflight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const createdAt = this.now();
    const task = load()
      .then(async (fresh) => {
        const entry: CacheEntry<T> = {
          value: fresh.value,
          createdAt,
          maxAge: fresh.maxAge ?? options.maxAge,
          tags: options.tags,
        };
        await this.storage
          .setItem(`entry:${key}`, entry)
          .then(() => (options.remember ? this.storage.remember(options.tags, key) : undefined))
          .catch((error) => this.warn(`[cache] write failed: ${String(error)}`));
        return fresh.value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, task);
    return task;
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { statusCode?: number }).statusCode === 404;
}
