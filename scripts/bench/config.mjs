// Where the bench runs: its own databases on the local PostgreSQL, ports away from `npm start`
// (1337/9000/3000), the tests (21337/29000/23000) and the 3xxxx ports developers use for manual
// stacks, a Redis database of its own.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ROOT, stackConfig } from '../lib/stack.mjs';

export const PG_SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
export const PORTS = { cms: 41337, commerce: 49000, storefront: 43000 };
export const NGINX_PORT = 48080;
export const CHROME_DEBUG_PORT = 49222;
export const STATE_DIR = path.join(ROOT, '.data', 'bench');

/** The two sizes measured: the demo villages, and the whole regency. */
export const SCALES = [
  {
    name: 'demo',
    villages: 3,
    databases: { cms: 'webdesaku_bench_demo_cms', commerce: 'webdesaku_bench_demo_commerce' },
  },
  {
    name: 'regency',
    villages: 183,
    databases: { cms: 'webdesaku_bench_cms', commerce: 'webdesaku_bench_commerce' },
  },
];

// Production mode refuses development secrets; these are loopback-only bench values, never real ones.
const benchSecret = (name) => `bench-${createHash('sha256').update(`webdesaku-bench:${name}`).digest('hex')}`;
// Every secret the apps know, from @webdesaku/contracts: required when the bench's stacks are
// configured, which is after the bench has built the packages (it cannot be imported before).
const secretNames = () => Object.keys(createRequire(import.meta.url)('@webdesaku/contracts').DEV_SECRETS);

export function benchSecrets() {
  const secrets = Object.fromEntries(secretNames().map((n) => [n, benchSecret(n)]));
  secrets.APP_KEYS = `${benchSecret('APP_KEYS_1')},${benchSecret('APP_KEYS_2')}`;
  secrets.ENCRYPTION_KEY = benchSecret('ENCRYPTION_KEY').slice(0, 32);
  return secrets;
}

/**
 * The lead's stack config for one scale. `production` runs the apps as in production
 * (bench secrets); seeding runs in development mode like `npm start` does.
 */
export function benchConfig(scale, { production = false, redis = false, ports = PORTS } = {}) {
  const secrets = benchSecrets();
  const saved = {};
  for (const [k, v] of Object.entries(secrets)) {
    saved[k] = process.env[k];
    if (production) process.env[k] = v;
  }
  const config = stackConfig({
    serverUrl: PG_SERVER,
    databases: scale.databases,
    ports,
    host: '127.0.0.1',
    nodeEnv: production ? 'production' : 'development',
    redisUrl: redis ? REDIS_URL : undefined,
    quiet: true,
  });
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  if (production) for (const app of Object.keys(config.env)) Object.assign(config.env[app], secrets);
  // The bench never edits content: nothing to tell Medusa or the storefront while seeding.
  config.env.cms.WEBDESAKU_NOTIFY = 'false';
  return config;
}
