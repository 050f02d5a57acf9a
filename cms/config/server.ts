import { secret } from '../src/env';

export default ({ env }: { env: any }) => {
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: { keys: secret('APP_KEYS').split(',') },
    // Outgoing notifications stay in the plugin; Strapi's own admin webhooks are not used.
    webhooks: { populateRelations: false },
  };
};
