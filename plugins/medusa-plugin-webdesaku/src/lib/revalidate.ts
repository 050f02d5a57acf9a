import { revalidateSecret, storefrontUrl } from './config';

export type RevalidateOptions = { attempts?: number; baseDelayMs?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The storefront takes at most this many tags in one purge (docs/contracts.md). */
export const MAX_TAGS_PER_PURGE = 100;

/**
 * Asks the storefront to purge cached pages by tag (docs/contracts.md), in batches it accepts
 * (a change to every village of a regency names 183 tags). Returns whether all got through.
 */
export async function postRevalidate(tags: string[], options: RevalidateOptions = {}): Promise<boolean> {
  let delivered = true;
  for (let start = 0; start < tags.length; start += MAX_TAGS_PER_PURGE) {
    delivered = (await postBatch(tags.slice(start, start + MAX_TAGS_PER_PURGE), options)) && delivered;
  }
  return delivered;
}

/** One purge request, retried with exponential backoff; never throws. */
async function postBatch(tags: string[], options: RevalidateOptions): Promise<boolean> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 500;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(baseDelayMs * 2 ** (attempt - 1));
    try {
      const res = await fetch(`${storefrontUrl()}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-webdesaku-secret': revalidateSecret() },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5000),
      });
      if (res.ok) return true;
      // A wrong secret or body will not get better by retrying.
      if (res.status >= 400 && res.status < 500) return false;
    } catch {
      // Storefront down or slow: try again after the backoff.
    }
  }
  return false;
}
