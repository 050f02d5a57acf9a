import type { H3Event } from 'h3';

// Registered first (nuxt.config `nitro.plugins`), before the i18n module's request hook.
// Nitro's useRuntimeConfig(event) re-applies the NUXT_* environment overrides on every request: a
// walk over every config key with two process.env reads each. @nuxtjs/i18n calls it on every
// request, and profiling a cached village page showed it as a third of the process's work. The
// environment does not change while the process runs, so each request gets a private copy of the
// config Nitro already resolved at start-up (cached pages are answered before this hook runs:
// plugins/page-cache.ts).
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('request', (event) => {
    if (!event.context.nitro?.runtimeConfig) ownRuntimeConfig(event);
  });
});

/** Gives the request its own (mutable) copy of the resolved runtime config. */
export function ownRuntimeConfig(event: H3Event): void {
  event.context.nitro ??= { errors: [] };
  event.context.nitro.runtimeConfig = structuredClone(useRuntimeConfig());
}
