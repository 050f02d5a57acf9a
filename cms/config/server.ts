import { secret } from '../src/env';

export default ({ env }: { env: any }) => {
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Behind the TLS proxy (TRUST_PROXY=1, as the storefront): the visitor's address and https come
    // from X-Forwarded-*. Never on by default: without a proxy anyone could fake them.
    proxy: { koa: !['', '0', 'false'].includes(String(env('TRUST_PROXY', '')).trim().toLowerCase()) },
    app: { keys: secret('APP_KEYS').split(',') },
    // Outgoing notifications stay in the plugin; Strapi's own admin webhooks are not used.
    webhooks: { populateRelations: false },
  };
};
