/**
 * Secrets. Outside production a development default keeps `npm start` zero-config. With
 * NODE_ENV=production a missing or default secret stops the app when it *starts* (the app's
 * `register`, src/index.ts), never while config is loaded: `strapi build` loads config too, and a
 * build must never need production secrets.
 */
export const DEV_SECRETS = {
  APP_KEYS: 'dev-app-key-1,dev-app-key-2',
  API_TOKEN_SALT: 'dev-api-token-salt',
  ADMIN_JWT_SECRET: 'dev-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'dev-transfer-token-salt',
  JWT_SECRET: 'dev-jwt-secret',
  ENCRYPTION_KEY: 'dev-encryption-key-32-characters',
  WEBDESAKU_SYNC_SECRET: 'dev-sync-secret',
  REVALIDATE_SECRET: 'dev-revalidate-secret',
} as const;

export type SecretName = keyof typeof DEV_SECRETS;

/** Names of secrets that production would refuse, in a stable order. */
export const unsafeSecrets = (env: NodeJS.ProcessEnv = process.env): SecretName[] =>
  (Object.keys(DEV_SECRETS) as SecretName[]).filter((name) => !env[name] || env[name] === DEV_SECRETS[name]);

export const assertProductionSecrets = (env: NodeJS.ProcessEnv = process.env) => {
  if (env.NODE_ENV !== 'production') return;
  const unsafe = unsafeSecrets(env);
  if (unsafe.length > 0) {
    throw new Error(
      `Refusing to start in production: ${unsafe.join(', ')} ${unsafe.length === 1 ? 'is' : 'are'} missing or still the development default. Set ${unsafe.length === 1 ? 'it' : 'them'} in the environment.`,
    );
  }
};

/** The secret, or its development default (which a production start refuses before serving). */
export const secret = (name: SecretName): string => process.env[name] || DEV_SECRETS[name];

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/webdesaku_cms';
