import { secret } from '../src/env';

/**
 * Key order is bootstrap order: users-permissions first, so the Public role exists
 * when the webdesaku plugin grants it read access on a fresh database.
 */
export default ({ env }: { env: any }) => ({
  'users-permissions': {
    config: { jwtSecret: secret('JWT_SECRET') },
  },
  webdesaku: {
    enabled: true,
    config: {
      medusaUrl: env('MEDUSA_URL', 'http://localhost:9000'),
      storefrontUrl: env('STOREFRONT_URL', 'http://localhost:3000'),
      syncSecret: secret('WEBDESAKU_SYNC_SECRET'),
      revalidateSecret: secret('REVALIDATE_SECRET'),
      retryAttempts: env.int('WEBDESAKU_RETRY_ATTEMPTS', 6),
      retryBaseDelayMs: env.int('WEBDESAKU_RETRY_BASE_MS', 1000),
      reconcileIntervalMs: env.int('WEBDESAKU_RECONCILE_INTERVAL_MS', 60000),
      notify: env.bool('WEBDESAKU_NOTIFY', true),
    },
  },
});
