import { parseTrustProxy, type TrustProxy } from './client-ip';
import { APP_SECRETS, secretOrDevDefault, unsafeSecretsProblem } from '@webdesaku/contracts';

// Runtime configuration, read from the environment once. The contract (docs/contracts.md)
// names plain STRAPI_URL / MEDUSA_URL / REVALIDATE_SECRET / REDIS_URL, so we read process.env
// at runtime instead of Nuxt's NUXT_* runtimeConfig convention.
export interface StorefrontConfig {
  strapiUrl: string;
  medusaUrl: string;
  /** MEDUSA_PUBLIC_URL: the address in Medusa's file URLs when it differs from MEDUSA_URL (compose) */
  medusaPublicUrl: string;
  revalidateSecret: string;
  /** STOREFRONT_SECRET: signs the order-access cookie (server/utils/order-access.ts) */
  orderSecret: string;
  redisUrl: string | null;
  publicUrl: string;
  production: boolean;
  /** The backend data cache; STOREFRONT_CACHE=off turns it off with the page cache (benchmarks, debugging) */
  cache: boolean;
  /** The whole-page cache; STOREFRONT_CACHE=data turns only it off (a page miss measured as deployed) */
  pageCache: boolean;
  /** TRUST_PROXY: whether/which proxies' X-Forwarded-For is believed (rate limits); default none */
  trustProxy: TrustProxy;
}

export class ConfigError extends Error {}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string | null): string {
  const raw = env[name]?.trim() || fallback;
  if (!raw) throw new ConfigError(`${name} is required in production: an http(s) address`);
  try {
    const parsed = new URL(raw);
    if (!/^https?:$/.test(parsed.protocol)) throw new Error('protocol');
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function trustProxy(raw: string | undefined): TrustProxy {
  try {
    return parseTrustProxy(raw);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): StorefrontConfig {
  const production = env.NODE_ENV === 'production';
  // Every refused secret is named at once, so one restart fixes them all.
  const unsafe = production ? unsafeSecretsProblem(APP_SECRETS.storefront, env) : null;
  if (unsafe) throw new ConfigError(`${unsafe}; set a long random value in production`);
  const secret = secretOrDevDefault('REVALIDATE_SECRET', env);
  const orderSecret = secretOrDevDefault('STOREFRONT_SECRET', env);
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError(`REDIS_URL must start with redis:// or rediss://, got "${redisUrl}"`);
  }
  const cacheMode = env.STOREFRONT_CACHE?.trim().toLowerCase();
  const strapiUrl = url(env, 'STRAPI_URL', production ? null : 'http://localhost:1337');
  const medusaUrl = url(env, 'MEDUSA_URL', production ? null : 'http://localhost:9000');
  return {
    strapiUrl,
    medusaUrl,
    medusaPublicUrl: url(env, 'MEDUSA_PUBLIC_URL', medusaUrl),
    revalidateSecret: secret,
    orderSecret,
    redisUrl,
    // Sitemaps, robots.txt and canonical links print it: a localhost default would mislead crawlers.
    publicUrl: url(env, 'STOREFRONT_URL', production ? null : `http://localhost:${env.PORT || 3000}`),
    production,
    cache: cacheMode !== 'off',
    pageCache: cacheMode !== 'off' && cacheMode !== 'data',
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}

let current: StorefrontConfig | null = null;

export function useStorefrontConfig(): StorefrontConfig {
  current ??= loadConfig();
  return current;
}
