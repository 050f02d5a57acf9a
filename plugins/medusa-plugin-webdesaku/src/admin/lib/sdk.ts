import Medusa from '@medusajs/js-sdk';

// Set by the app's admin build from `admin.backendUrl` (empty when the admin is served by Medusa).
declare const __BACKEND_URL__: string | undefined;

/** The dashboard's own way to call the admin API: the session cookie, errors as `FetchError`. */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || '/',
  auth: { type: 'session' },
});

/** An admin route's URL for an `<img>` (the browser sends the session cookie itself). */
export const adminUrl = (path: string) => `${(__BACKEND_URL__ || '').replace(/\/$/, '')}${path}`;
