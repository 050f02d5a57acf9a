/**
 * Secrets. Outside production a development default keeps `npm start` zero-config. With
 * NODE_ENV=production a missing or default secret stops the app when it *starts* (the app's
 * `register`, src/index.ts), never while config is loaded: `strapi build` loads config too, and a
 * build must never need production secrets.
 */
import { APP_SECRETS, appDevSecrets, secretOrDevDefault, unsafeSecretsProblem } from '@webdesaku/contracts';

export type SecretName = (typeof APP_SECRETS.cms)[number];

/** The secrets the CMS reads, with their development defaults (@webdesaku/contracts). */
export const DEV_SECRETS = appDevSecrets('cms');

export const assertProductionSecrets = (env: NodeJS.ProcessEnv = process.env) => {
  if (env.NODE_ENV !== 'production') return;
  const problem = unsafeSecretsProblem(APP_SECRETS.cms, env);
  if (problem) throw new Error(`Refusing to start in production: ${problem}. Set each in the environment.`);
};

/** The secret, or its development default (which a production start refuses before serving). */
export const secret = (name: SecretName): string => secretOrDevDefault(name);

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/webdesaku_cms';
