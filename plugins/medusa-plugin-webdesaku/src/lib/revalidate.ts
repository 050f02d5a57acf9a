import {
  REVALIDATE_PATH,
  REVALIDATE_SECRET_HEADER,
  revalidateBatches,
  type RevalidateBody,
} from '@webdesaku/contracts';
import { revalidateSecret, storefrontUrl } from './config';

export type RevalidateOptions = { attempts?: number; baseDelayMs?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the storefront to purge cached pages by tag (docs/contracts.md), in batches it accepts
 * (a change to every village of a regency names 183 tags). Returns whether all got through.
 */
export async function postRevalidate(tags: string[], options: RevalidateOptions = {}): Promise<boolean> {
  let delivered = true;
  for (const body of revalidateBatches(tags)) delivered = (await postBatch(body, options)) && delivered;
  return delivered;
}

/** One purge request, retried with exponential backoff; never throws. */
async function postBatch(body: RevalidateBody, options: RevalidateOptions): Promise<boolean> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 500;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await sleep(baseDelayMs * 2 ** (attempt - 1));
    try {
      const res = await fetch(`${storefrontUrl()}${REVALIDATE_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: revalidateSecret() },
        body: JSON.stringify(body),
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
