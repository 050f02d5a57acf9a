/** NODE_ENV=production refuses missing or development-default secrets, naming them. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertProductionSecrets, DEV_SECRETS } from '../src/env';

const strongSecrets = () =>
  Object.fromEntries(Object.keys(DEV_SECRETS).map((k) => [k, `prod-${k.toLowerCase()}-value-0123456789`]));

describe('Given NODE_ENV=production', () => {
  it('When every secret is set to its own value, Then the app may start', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...strongSecrets() })).not.toThrow();
  });

  it('When one secret is missing, Then the error names it', () => {
    const env = { NODE_ENV: 'production', ...strongSecrets() } as Record<string, string | undefined>;
    delete env.WEBDESAKU_SYNC_SECRET;
    expect(() => assertProductionSecrets(env)).toThrow(
      /WEBDESAKU_SYNC_SECRET is missing or still the development default/,
    );
  });

  it('When a secret still has the development default, Then the error names it and no other', () => {
    const env = {
      NODE_ENV: 'production',
      ...strongSecrets(),
      REVALIDATE_SECRET: DEV_SECRETS.REVALIDATE_SECRET,
    };
    expect(() => assertProductionSecrets(env)).toThrow(
      /^Refusing to start in production: REVALIDATE_SECRET is/,
    );
  });
});

describe('Given development', () => {
  it('When nothing is set, Then the defaults are accepted', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});

/** Strapi's `env` helper as config files use it. */
const env = Object.assign((name: string, fallback?: unknown) => process.env[name] ?? fallback, {
  int: (name: string, fallback?: number) => Number(process.env[name] ?? fallback),
  bool: (name: string, fallback?: boolean) => (process.env[name] ? process.env[name] === 'true' : fallback),
});

describe('Given a build: config loaded with NODE_ENV=production and no secret set', () => {
  const secretNames = Object.keys(DEV_SECRETS);
  let saved: Record<string, string | undefined>;
  beforeEach(() => {
    saved = Object.fromEntries(['NODE_ENV', ...secretNames].map((k) => [k, process.env[k]]));
    process.env.NODE_ENV = 'production';
    for (const name of secretNames) delete process.env[name];
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('When every config file is loaded (as `strapi build` does), Then none refuses', async () => {
    for (const file of ['admin', 'plugins', 'server', 'database', 'api', 'middlewares']) {
      const { default: config } = await import(`../config/${file}.ts`);
      expect(() => (typeof config === 'function' ? config({ env }) : config)).not.toThrow();
    }
  });

  it('When the app starts (register), Then it refuses and names the secrets', async () => {
    const { default: app } = await import('../src/index');
    expect(() => app.register()).toThrow(/Refusing to start in production: APP_KEYS, .*REVALIDATE_SECRET/);
  });
});
