import type { H3Event } from 'h3';
import { pageCacheRequest } from '../utils/page-cache-request';

// Registered first (nuxt.config `nitro.plugins`), before the i18n module's request hook.
// Nitro's useRuntimeConfig(event) re-applies the NUXT_* environment overrides on every request: a
// walk over every config key with two process.env reads each. @nuxtjs/i18n calls it on every
// request, and profiling a cached village page showed it as a third of the process's work. The
// environment does not change while the process runs, so each request gets the config Nitro
// already resolved at start-up: a private copy for requests that render or run handlers, the
// shared (frozen, read-only) one for page-cache candidates, which only read it before a hit is
// served; one that falls through to the renderer gets its copy from `ownRuntimeConfig`.
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('request', (event) => {
    event.context.nitro ??= { errors: [] };
    if (event.context.nitro.runtimeConfig) return;
    if (pageCacheRequest(event)) event.context.nitro.runtimeConfig = useRuntimeConfig();
    else ownRuntimeConfig(event);
  });
});

/** Gives the request its own (mutable) copy of the resolved runtime config. */
export function ownRuntimeConfig(event: H3Event): void {
  event.context.nitro ??= { errors: [] };
  event.context.nitro.runtimeConfig = structuredClone(useRuntimeConfig());
}
