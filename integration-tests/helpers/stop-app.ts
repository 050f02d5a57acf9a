// Stopping one app of a running stack for a fault test.
import { stop } from '../../scripts/lib/proc.mjs';
import { eventually } from './eventually';

type Proc = Parameters<typeof stop>[0];

/**
 * Stops an app and waits until its address answers nothing. npm, the process stopped, can exit
 * before the app under it lets go of its port, and a request in that moment is still served (a
 * page rendered with the "stopped" backend's real data).
 */
export async function stopUntilDown(proc: Proc, url: string): Promise<void> {
  await stop(proc);
  await eventually(
    () =>
      fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
        () => false,
        () => true,
      ),
    `${url} stopped answering`,
    20_000,
  );
}
