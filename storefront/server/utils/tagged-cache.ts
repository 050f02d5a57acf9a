// Stale-while-revalidate cache with tag purges. Entries are never deleted by a purge: a
// purged entry is refreshed on its next read, and if the backend is down the stale value
// is served instead (a Strapi outage must not take pages down).
export interface CacheStorage {
  getItem<T = unknown>(key: string): Promise<T | null>;
  setItem(key: string, value: unknown): Promise<void>;
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
}

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

  private async purgedSince(entry: CacheEntry<unknown>): Promise<boolean> {
    try {
      const stamps = await Promise.all(entry.tags.map((tag) => this.storage.getItem<number>(`tag:${tag}`)));
      return stamps.some((stamp) => typeof stamp === 'number' && stamp >= entry.createdAt);
    } catch {
      return true; // cannot tell: refresh, and fall back to the stale value if that fails too
    }
  }

  async get<T>(key: string, options: CacheOptions, load: () => Promise<Fresh<T>>): Promise<T> {
    const entry = await this.read<T>(key);
    if (!entry) return this.refresh(key, options, load);
    const age = this.now() - entry.createdAt;
    const purged = await this.purgedSince(entry);
    if (!purged && age < entry.maxAge) return entry.value;
    if (!purged && age < entry.maxAge + options.swr) {
      this.refresh(key, options, load).catch((error) =>
        this.warn(`[cache] background refresh of ${key} failed: ${String(error)}`),
      );
      return entry.value;
    }
    try {
      return await this.refresh(key, options, load);
    } catch (error) {
      if (isNotFound(error)) throw error;
      this.warn(`[cache] serving stale ${key}: ${String(error)}`);
      return entry.value;
    }
  }

  private async read<T>(key: string): Promise<CacheEntry<T> | null> {
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
