/**
 * Secrets, by the environment variable that holds each, with the development default that keeps
 * `npm start` zero-config. A production start refuses a secret that is missing or still its
 * default (never a build: builds must not need secrets). JWT_SECRET has one name in Strapi and
 * Medusa but is a different secret in each.
 */
export const DEV_SECRETS = {
  APP_KEYS: 'dev-app-key-1,dev-app-key-2',
  API_TOKEN_SALT: 'dev-api-token-salt',
  ADMIN_JWT_SECRET: 'dev-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'dev-transfer-token-salt',
  ENCRYPTION_KEY: 'dev-encryption-key-32-characters',
  JWT_SECRET: 'dev-jwt-secret',
  COOKIE_SECRET: 'dev-cookie-secret',
  WEBDESAKU_SYNC_SECRET: 'dev-sync-secret',
  REVALIDATE_SECRET: 'dev-revalidate-secret',
  STOREFRONT_SECRET: 'dev-storefront-secret',
} as const;
export type SecretName = keyof typeof DEV_SECRETS;

/** Which secrets each app reads (and so must refuse at their defaults in production). */
export const APP_SECRETS = {
  cms: [
    'APP_KEYS',
    'API_TOKEN_SALT',
    'ADMIN_JWT_SECRET',
    'TRANSFER_TOKEN_SALT',
    'JWT_SECRET',
    'ENCRYPTION_KEY',
    'WEBDESAKU_SYNC_SECRET',
    'REVALIDATE_SECRET',
  ],
  commerce: ['JWT_SECRET', 'COOKIE_SECRET', 'WEBDESAKU_SYNC_SECRET', 'REVALIDATE_SECRET'],
  storefront: ['REVALIDATE_SECRET', 'STOREFRONT_SECRET'],
} as const satisfies Record<string, readonly SecretName[]>;

export type App = keyof typeof APP_SECRETS;

/** An app's secrets with their development defaults, by name. */
export function appDevSecrets<A extends App>(
  app: A,
): { [Name in (typeof APP_SECRETS)[A][number]]: (typeof DEV_SECRETS)[Name] } {
  return Object.fromEntries(APP_SECRETS[app].map((name) => [name, DEV_SECRETS[name]])) as never;
}

type Env = Record<string, string | undefined>;

/** The secret from the environment (trimmed), or its development default. */
export function secretOrDevDefault(name: SecretName, env: Env = process.env): string {
  return env[name]?.trim() || DEV_SECRETS[name];
}

/** Those of `names` that are missing, blank or still their development default, in order. */
export function unsafeSecrets<Name extends SecretName>(
  names: readonly Name[],
  env: Env = process.env,
): Name[] {
  return names.filter((name) => {
    const value = env[name]?.trim();
    return !value || value === DEV_SECRETS[name];
  });
}

/**
 * The one production refusal, naming every unsafe secret at once (one restart fixes them all):
 * "A, B are missing or still the development default", or null when all are set.
 */
export function unsafeSecretsProblem(names: readonly SecretName[], env: Env = process.env): string | null {
  const unsafe = unsafeSecrets(names, env);
  if (!unsafe.length) return null;
  return `${unsafe.join(', ')} ${unsafe.length === 1 ? 'is' : 'are'} missing or still the development default`;
}
