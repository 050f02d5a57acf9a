// Bounded waiting for something another process does in its own time (a retry, a reconnect).
import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `check` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(1_000);
  }
  throw new Error(
    `still not true after ${timeoutMs / 1000} s: ${what}${last ? ` (last error: ${String(last)})` : ''}`,
  );
}
