/**
 * POST JSON with retries and exponential backoff. Never called on the editor's
 * request path with await: callers fire it and log the outcome.
 */
import type { PluginConfig } from '../config';

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
  }
}

let stopped = false;
const timers = new Set<NodeJS.Timeout>();

/** Called on destroy so pending backoff timers do not keep a finished process alive. */
export const stopDeliveries = () => {
  stopped = true;
  for (const t of timers) clearTimeout(t);
  timers.clear();
};
export const resumeDeliveries = () => {
  stopped = false;
};

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    t.unref();
    timers.add(t);
  });

const attemptOnce = async (url: string, body: unknown, headers: Record<string, string>) => {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw new DeliveryError(`${url} unreachable: ${(err as Error).message}`, true);
  }
  if (res.ok) return res.json().catch(() => null);
  const retriable = res.status >= 500 || res.status === 408 || res.status === 429;
  throw new DeliveryError(`${url} answered ${res.status}`, retriable);
};

export const deliver = async (
  config: Pick<PluginConfig, 'retryAttempts' | 'retryBaseDelayMs'>,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<unknown> => {
  const attempts = Math.max(1, config.retryAttempts);
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(url, body, headers);
    } catch (err) {
      const error = err as DeliveryError;
      if (!error.retriable || attempt >= attempts || stopped) throw error;
      await sleep(config.retryBaseDelayMs * 2 ** (attempt - 1));
      if (stopped) throw error;
    }
  }
};
