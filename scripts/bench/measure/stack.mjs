// One running bench stack (Medusa, Strapi, Nuxt on the bench ports and databases), started with
// the lead's orchestrator library; single apps can be restarted with other settings.
import { startAll, startAndWait, stopAll } from '../../lib/stack.mjs';
import { stop } from '../../lib/proc.mjs';
import { benchConfig, CHROME_DEBUG_PORT, NGINX_PORT } from '../config.mjs';
import { assertPortsFree } from './ports.mjs';

export async function bootStack(scale, { production = true, ports, env = {} } = {}) {
  const config = benchConfig(scale, { production, ports });
  for (const [app, extra] of Object.entries(env)) Object.assign(config.env[app], extra);
  await assertPortsFree([...Object.values(config.ports), NGINX_PORT, CHROME_DEBUG_PORT]);
  const procs = await startAll(config);
  return {
    config,
    urls: config.urls,
    /** Restarts one app with extra environment (e.g. Redis on, cache off); `{}` restores defaults. */
    async restart(app, extraEnv = {}) {
      await stop(procs[app]);
      const variant = { ...config, env: { ...config.env, [app]: { ...config.env[app], ...extraEnv } } };
      procs[app] = await startAndWait(variant, app);
    },
    stop: () => stopAll(procs),
    procs,
  };
}
