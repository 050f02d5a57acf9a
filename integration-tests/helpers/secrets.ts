// The secrets each app must refuse in production (issue 7, docs/contracts.md), with their
// development defaults. Kept here on purpose rather than imported from the apps: a secret an app
// forgot to check must make the test fail.
import { randomBytes } from 'node:crypto';

export type App = 'cms' | 'commerce' | 'storefront';

export const DEV_DEFAULTS: Record<App, Record<string, string>> = {
  cms: {
    APP_KEYS: 'dev-app-key-1,dev-app-key-2',
    API_TOKEN_SALT: 'dev-api-token-salt',
    ADMIN_JWT_SECRET: 'dev-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'dev-transfer-token-salt',
    JWT_SECRET: 'dev-jwt-secret',
    ENCRYPTION_KEY: 'dev-encryption-key-32-characters',
    WEBDESAKU_SYNC_SECRET: 'dev-sync-secret',
    REVALIDATE_SECRET: 'dev-revalidate-secret',
  },
  commerce: {
    JWT_SECRET: 'dev-jwt-secret',
    COOKIE_SECRET: 'dev-cookie-secret',
    WEBDESAKU_SYNC_SECRET: 'dev-sync-secret',
    REVALIDATE_SECRET: 'dev-revalidate-secret',
  },
  storefront: { REVALIDATE_SECRET: 'dev-revalidate-secret', STOREFRONT_SECRET: 'dev-storefront-secret' },
};

/** Every secret any app knows, so a case can blank out those it does not set. */
const ALL_NAMES = [...new Set(Object.values(DEV_DEFAULTS).flatMap((s) => Object.keys(s)))];

export function strongSecrets(app: App): Record<string, string> {
  const strong: Record<string, string> = {};
  for (const name of Object.keys(DEV_DEFAULTS[app])) {
    strong[name] =
      name === 'APP_KEYS'
        ? `${randomBytes(16).toString('base64')},${randomBytes(16).toString('base64')}`
        : randomBytes(24).toString('hex');
  }
  return strong;
}

/** An environment where only `secrets` are set; inherited values of the others are removed. */
export function onlySecrets(secrets: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const name of ALL_NAMES) env[name] = undefined;
  return { ...env, ...secrets };
}
