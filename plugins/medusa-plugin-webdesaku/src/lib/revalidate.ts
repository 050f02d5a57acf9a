import {
  postJsonWithRetry,
  REVALIDATE_PATH,
  REVALIDATE_SECRET_HEADER,
  revalidateBatches,
  type RevalidateBody,
} from '@webdesaku/contracts';
import { revalidateSecret, storefrontUrl } from './config';

export type RevalidateOptions = { attempts?: number; baseDelayMs?: number };

/**
 * Asks the storefront to purge cached pages by tag (docs/contracts.md), in batches it accepts
 * (a change to every village of a regency names 183 tags). Returns whether all got through.
 */
export async function postRevalidate(tags: string[], options: RevalidateOptions = {}): Promise<boolean> {
  let delivered = true;
  for (const body of revalidateBatches(tags)) delivered = (await postBatch(body, options)) && delivered;
  return delivered;
}

/** One purge request, retried with exponential backoff (the contracts' poster); never throws. */
async function postBatch(body: RevalidateBody, options: RevalidateOptions): Promise<boolean> {
  try {
    await postJsonWithRetry(
      `${storefrontUrl()}${REVALIDATE_PATH}`,
      body,
      { [REVALIDATE_SECRET_HEADER]: revalidateSecret() },
      { attempts: options.attempts ?? 4, baseDelayMs: options.baseDelayMs ?? 500, timeoutMs: 5000 },
    );
    return true;
  } catch {
    return false;
  }
}
