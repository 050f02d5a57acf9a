/**
 * One way for our backends to POST JSON to another part (a purge to the storefront, a village to
 * Medusa): retried with exponential backoff while the answer may still change (no answer, a
 * timeout, 5xx, 408, 429), given up at once when it cannot (any other 4xx: a wrong secret or
 * body does not get better by asking again).
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
  }
}

export interface RetryPolicy {
  /** Attempts in all (at least 1). */
  attempts: number;
  /** The wait before the second attempt; it doubles before each next one. */
  baseDelayMs: number;
  /** How long one attempt may take. */
  timeoutMs: number;
  /** Aborting it stops the retries (a process shutting down): the last error is thrown. */
  signal?: AbortSignal;
}

/** Waits `ms` without keeping the process alive, or less when `signal` aborts. */
function backoff(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref?.();
    signal?.addEventListener('abort', done, { once: true });
  });
}

async function attemptOnce(url: string, body: unknown, headers: Record<string, string>, timeoutMs: number) {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError(`${url} unreachable: ${(error as Error).message}`, true);
  }
  if (res.ok) return res.json().catch(() => null);
  const retriable = res.status >= 500 || res.status === 408 || res.status === 429;
  throw new DeliveryError(`${url} answered ${res.status}`, retriable);
}

/** The parsed JSON answer (null when it has none), or the last DeliveryError. */
export async function postJsonWithRetry(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  policy: RetryPolicy,
): Promise<unknown> {
  const attempts = Math.max(1, policy.attempts);
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(url, body, headers, policy.timeoutMs);
    } catch (error) {
      const failure = error as DeliveryError;
      if (!failure.retriable || attempt >= attempts || policy.signal?.aborted) throw failure;
      await backoff(policy.baseDelayMs * 2 ** (attempt - 1), policy.signal);
      if (policy.signal?.aborted) throw failure;
    }
  }
}
