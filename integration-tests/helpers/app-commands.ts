// How each built app is started in production, the way `npm start` and the Dockerfiles do.
import { runCommand, type RunResult } from './run-node';
import { ROOT } from '../../scripts/lib/stack.mjs';
import type { App } from './secrets';

const WORKSPACE: Record<App, string> = {
  cms: '@webdesaku/cms',
  commerce: '@webdesaku/commerce',
  storefront: '@webdesaku/storefront',
};

/** Starts an app and waits for it to exit by itself; one that is still up after the deadline is stopped. */
export function startUntilExit(
  app: App,
  env: Record<string, string | undefined>,
  timeoutMs = 90_000,
): Promise<RunResult> {
  return runCommand('npm', ['run', 'start', '-w', WORKSPACE[app], '--silent'], { cwd: ROOT, env, timeoutMs });
}
