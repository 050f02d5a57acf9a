import { revalidateSecret, storefrontUrl } from './config';

export type RevalidateOptions = { attempts?: number; baseDelayMs?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the storefront to purge cached pages by tag (docs/contracts.md). Retries with
 * exponential backoff; returns whether it got through, never throws.
 */
export async function postRevalidate(tags: string[], options: RevalidateOptions = {}): Promise<boolean> {
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
