/**
 * POST JSON with retries and exponential backoff (@webdesaku/contracts' postJsonWithRetry). Never
 * called on the editor's request path with await: callers fire it and log the outcome.
 */
import { postJsonWithRetry } from '@webdesaku/contracts';
import type { PluginConfig } from '../config';

let stopping = new AbortController();

/** Called on destroy so pending backoff timers do not keep a finished process alive. */
export const stopDeliveries = () => stopping.abort();
export const resumeDeliveries = () => {
  if (stopping.signal.aborted) stopping = new AbortController();
};

export const deliver = (
  config: Pick<PluginConfig, 'retryAttempts' | 'retryBaseDelayMs'>,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<unknown> =>
  postJsonWithRetry(url, body, headers, {
    attempts: config.retryAttempts,
    baseDelayMs: config.retryBaseDelayMs,
    timeoutMs: 10_000,
    signal: stopping.signal,
  });
