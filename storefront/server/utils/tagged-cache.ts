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

/**
 * The tags a purge looks keys up by: one village's or kecamatan's (`village:anjun`). A family
 * (`news`, `products`) is on thousands of pages, too many to render again behind a purge.
 */
export const specificTags = (tags: string[]) => tags.filter((tag) => tag.includes(':'));

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
/** Past it, a stale entry is still served but not refreshed until a refresh ends. */
const MAX_BACKGROUND_REFRESHES = 4;

/** A tag's last purge and the one before it (-Infinity: none). */
interface PurgeStamp {
  latest: number;
  previous: number;
}

const NEVER: PurgeStamp = { latest: -Infinity, previous: -Infinity };

/** Stamps stored before the previous purge was kept are a bare number. */
function purgeStamp(stored: PurgeStamp | number | null): PurgeStamp {
  if (typeof stored === 'number') return { latest: stored, previous: -Infinity };
  if (!stored || typeof stored.latest !== 'number') return NEVER;
  return {
    latest: stored.latest,
    previous: typeof stored.previous === 'number' ? stored.previous : -Infinity,
  };
}

export class TaggedCache {
  private inflight = new Map<string, { task: Promise<unknown>; startedAt: number }>();
  /** Refreshes this process runs behind visitors' backs (a crawler over purged pages starts many). */
  private backgroundRefreshes = 0;

  constructor(
    private storage: CacheStorage,
    private now: () => number = Date.now,
    private warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  async purge(tags: string[]): Promise<string[]> {
    const at = this.now();
    const keys = purgeKeys(tags);
    await Promise.all(
      keys.map(async (tag) => {
        const before = purgeStamp(await this.storage.getItem<PurgeStamp | number>(`tag:${tag}`));
        // JSON (Redis) has no -Infinity: a first purge stores `previous: null`.
        await this.storage.setItem(`tag:${tag}`, {
          latest: at,
          previous: Number.isFinite(before.latest) ? before.latest : null,
        });
      }),
    );
    return keys;
  }

  private async stamps(tags: string[]): Promise<PurgeStamp[]> {
    return (
      await Promise.all(tags.map((tag) => this.storage.getItem<PurgeStamp | number>(`tag:${tag}`)))
    ).map(purgeStamp);
  }

  /**
   * When the entry's stale bound starts: the first purge of one of its tags after it was made;
   * null when none purged it. With two purges of a tag since, the first is not known, only that it
   * came after the entry was made, so the entry's own time stands for it (the bound never grows).
   * 0 when the storage cannot tell: refresh, and fall back to the stale value if that fails too.
   */
  private async purgedAt(entry: CacheEntry<unknown>): Promise<number | null> {
    try {
      const since = (await this.stamps(entry.tags))
        .filter((stamp) => stamp.latest >= entry.createdAt)
        .map((stamp) => (stamp.previous >= entry.createdAt ? entry.createdAt : stamp.latest));
      return since.length ? Math.min(...since) : null;
    } catch {
      return 0;
    }
  }

  /** Whether a load started at `startedAt` may still answer: no purge of `tags` since. */
  private async loadIsCurrent(startedAt: number, tags: string[]): Promise<boolean> {
    try {
      return (await this.stamps(tags)).every((stamp) => stamp.latest < startedAt);
    } catch {
      return false;
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
    // Counted before the first await, so visitors arriving together cannot all pass the check.
    if (this.backgroundRefreshes >= MAX_BACKGROUND_REFRESHES) return false;
    this.backgroundRefreshes += 1;
    try {
      const running = this.inflight.get(key);
      if (running && (await this.loadIsCurrent(running.startedAt, options.tags))) return false;
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
    } finally {
      this.backgroundRefreshes -= 1;
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

  /**
   * Loads `key` and stores it. A load already running for it is shared, unless a purge came after
   * it started: what it read may predate the edit, and a render built on it would be kept as fresh.
   */
  private async refresh<T>(key: string, options: CacheOptions, load: () => Promise<Fresh<T>>): Promise<T> {
    const running = this.inflight.get(key);
    if (running && (await this.loadIsCurrent(running.startedAt, options.tags)))
      return running.task as Promise<T>;
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
          .then(() => (options.remember ? this.storage.remember(specificTags(options.tags), key) : undefined))
          .catch((error) => this.warn(`[cache] write failed: ${String(error)}`));
        return fresh.value;
      })
      .finally(() => {
        if (this.inflight.get(key)?.task === task) this.inflight.delete(key);
      });
    this.inflight.set(key, { task, startedAt: createdAt });
    return task;
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { statusCode?: number }).statusCode === 404;
}
