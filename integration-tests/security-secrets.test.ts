import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../scripts/lib/postgres.mjs';
import { stackConfig, startAll, stopAll } from '../scripts/lib/stack.mjs';
import { startUntilExit } from './helpers/app-commands';
import { DEV_DEFAULTS, onlySecrets, strongSecrets, type App } from './helpers/secrets';
import { SERVER_URL, TEMPLATE_DATABASES } from './settings';

// Ports of their own, so a refused app can never be confused with another test's server.
const PORTS = { cms: 21437, commerce: 29100, storefront: 23100 };
const APPS: App[] = ['cms', 'commerce', 'storefront'];

/** Production environment for an app whose secrets are exactly `secrets`. */
function productionEnv(app: App, secrets: Record<string, string>) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(PORTS[app]),
    NITRO_PORT: String(PORTS[app]),
    // A database that does not exist: a refusal must come before any connection is tried.
    DATABASE_URL: `${SERVER_URL.replace(/\/[^/]*$/, '')}/wd_sec_no_such_database`,
    STRAPI_URL: `http://127.0.0.1:${PORTS.cms}`,
    MEDUSA_URL: `http://127.0.0.1:${PORTS.commerce}`,
    STOREFRONT_URL: `http://127.0.0.1:${PORTS.storefront}`,
    REDIS_URL: undefined,
    ...onlySecrets(secrets),
  };
}

describe.each(APPS)('%s in production (NODE_ENV=production)', (app) => {
  it('refuses to start with the development default secrets and names every one of them', async () => {
    // Given every secret left at its development default
    // When the built app is started
    const result = await startUntilExit(app, productionEnv(app, DEV_DEFAULTS[app]));

    // Then it exits with an error that names each secret
    expect(result.timedOut, `${app} kept running:\n${result.output.slice(-2000)}`).toBe(false);
    expect(result.code).not.toBe(0);
    for (const name of Object.keys(DEV_DEFAULTS[app])) expect(result.output).toContain(name);
  });

  it.each(Object.keys(DEV_DEFAULTS[app]))(
    'refuses to start when only %s is missing, and names it',
    async (name) => {
      // Given strong values for every secret but one, which is missing
      const secrets = strongSecrets(app);
      delete secrets[name];

      // When the built app is started
      const result = await startUntilExit(app, productionEnv(app, secrets));

      // Then it exits with an error naming that secret
      expect(result.timedOut, `${app} kept running:\n${result.output.slice(-2000)}`).toBe(false);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(name);
    },
  );
});

describe('the same builds with strong secrets', () => {
  const id = randomBytes(4).toString('hex');
  const databases = { cms: `wd_sec_${id}_cms`, commerce: `wd_sec_${id}_commerce` };
  let procs: Awaited<ReturnType<typeof startAll>> = {};

  afterAll(async () => {
    await stopAll(procs);
    await dropDatabase(SERVER_URL, databases.cms);
    await dropDatabase(SERVER_URL, databases.commerce);
  });

  it('start in production, so the refusals above are about the secrets and nothing else', async () => {
    // Given seeded databases and a strong value for every secret
    await cloneDatabase(SERVER_URL, TEMPLATE_DATABASES.cms, databases.cms);
    await cloneDatabase(SERVER_URL, TEMPLATE_DATABASES.commerce, databases.commerce);
    const config = stackConfig({
      serverUrl: SERVER_URL,
      databases,
      ports: PORTS,
      nodeEnv: 'production',
      quiet: true,
    });
    const shared = {
      WEBDESAKU_SYNC_SECRET: randomBytes(24).toString('hex'),
      REVALIDATE_SECRET: randomBytes(24).toString('hex'),
    };
    for (const app of APPS) Object.assign(config.env[app], strongSecrets(app), shared);

    // When all three are started
    procs = await startAll(config);

    // Then each answers
    expect((await fetch(`${config.urls.cms}/_health`)).status).toBeLessThan(300);
    expect((await fetch(`${config.urls.commerce}/health`)).status).toBe(200);
    expect((await fetch(`${config.urls.storefront}/robots.txt`)).status).toBe(200);
  }, 600_000);
});
