// docker-compose.yml tells each app what its app reads, and everything its app needs in production:
// the apps' own readers and production checks are the source of truth, not a list kept here.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, DEV_SECRETS as CMS_SECRETS } from '../cms/src/env';
import { DEV_SECRETS as COMMERCE_SECRETS, productionProblems } from '../commerce/env';
import { loadConfig } from '../storefront/server/utils/config';

const ROOT = path.resolve(import.meta.dirname, '..');
type App = 'cms' | 'commerce' | 'storefront';
type Env = Record<string, string>;

/** Where each app's environment is read: the app and its plugin. */
const SOURCES: Record<App, string[]> = {
  cms: ['cms/config', 'cms/src', 'plugins/strapi-plugin-webdesaku/server/src'],
  commerce: [
    'commerce/env.ts',
    'commerce/medusa-config.ts',
    'commerce/scripts',
    'plugins/medusa-plugin-webdesaku/src',
  ],
  storefront: ['storefront/server', 'storefront/nuxt.config.ts'],
};

/** Read by the frameworks themselves (Node, Nitro's node-server preset), not by our code. */
const FRAMEWORK_READS: Record<App, string[]> = {
  cms: ['NODE_ENV'],
  commerce: ['NODE_ENV'],
  storefront: ['NODE_ENV', 'PORT', 'HOST', 'NITRO_PORT', 'NITRO_HOST'],
};

// `process.env.X`, `env.X`, `env['X']`, Strapi's `env('X')`/`env.int('X')`, helpers called as `f(env, 'X')`,
// and the contracts' `secretOrDevDefault('X')`.
const READ = [
  /\b(?:process\.)?env\.([A-Z][A-Z0-9_]+)\b/g,
  /\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g,
  /\benv(?:\.(?:int|bool|float|json|array))?\(\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  /\(\s*env\s*,\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  // A secret read through @webdesaku/contracts: `secretOrDevDefault('X', env)`.
  /\bsecretOrDevDefault\(\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
];

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(full, f))
    .filter(
      (f) => /\.(m?[jt]s)$/.test(f) && !/\.test\.|node_modules|\/dist\//.test(f) && statSync(f).isFile(),
    );
}

function variablesRead(app: App): Set<string> {
  const names = new Set(FRAMEWORK_READS[app]);
  for (const file of SOURCES[app].flatMap(filesUnder)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of READ) for (const match of text.matchAll(pattern)) names.add(match[1]!);
  }
  // Secrets are read by name from each app's table of development defaults.
  if (app === 'cms') for (const name of Object.keys(CMS_SECRETS)) names.add(name);
  if (app === 'commerce') for (const name of Object.keys(COMMERCE_SECRETS)) names.add(name);
  return names;
}

/** What an operator fills in: every variable of .env.production.example, with strong values. */
function operatorEnv(): Env {
  const env: Env = {};
  for (const line of readFileSync(path.join(ROOT, '.env.production.example'), 'utf8').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, name, example] = match as unknown as [string, string, string];
    env[name] =
      example ||
      (name === 'STRAPI_APP_KEYS'
        ? 'k1-strong-0123456789,k2-strong-0123456789'
        : randomBytes(24).toString('hex'));
  }
  return env;
}

/** Compose's `${X}`, `${X:-default}`, `${X:?message}` and `$$`. */
function interpolate(value: string, env: Env, required: Set<string>): string {
  return value
    .replace(
      /\$\{([A-Z][A-Z0-9_]*)(?::([-?])([^}]*))?\}/g,
      (_, name: string, kind?: string, rest?: string) => {
        if (kind === '?') required.add(name);
        return env[name] ?? (kind === '-' ? (rest ?? '') : '');
      },
    )
    .replace(/\$\$/g, '$');
}

function composeFile() {
  const file = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
  const env = operatorEnv();
  const required = new Set<string>();
  const services: Record<string, { environment: Env; ports: string[] }> = {};
  for (const [name, service] of Object.entries(file.services as Record<string, Record<string, unknown>>)) {
    const environment: Env = {};
    for (const [key, value] of Object.entries((service.environment ?? {}) as Record<string, unknown>))
      environment[key] = interpolate(String(value), env, required);
    services[name] = { environment, ports: ((service.ports ?? []) as string[]).map(String) };
  }
  return { services, required, operator: env, topLevel: Object.keys(file) };
}

/** Everything an app's own production checks refuse in `env` (empty when it would start). */
function productionRefusals(app: App, env: Env): string[] {
  const refusals: string[] = [];
  const attempt = (check: () => unknown) => {
    try {
      check();
    } catch (error) {
      refusals.push((error as Error).message);
    }
  };
  if (app === 'cms') {
    attempt(() => assertProductionSecrets(env));
    if (!env.DATABASE_URL) refusals.push('DATABASE_URL is not set (cms would use its development database)');
  }
  if (app === 'commerce') refusals.push(...productionProblems(env));
  if (app === 'storefront') attempt(() => loadConfig(env));
  return refusals;
}

const APPS: App[] = ['cms', 'commerce', 'storefront'];
const compose = composeFile();

describe('docker-compose.yml', () => {
  it.each(APPS)('sets for %s only variables that app reads', (app) => {
    const read = variablesRead(app);
    const unread = Object.keys(compose.services[app]!.environment).filter((name) => !read.has(name));
    expect(unread).toEqual([]);
  });

  it.each(APPS)('gives %s everything its production start requires', (app) => {
    const env = compose.services[app]!.environment;
    expect(env.NODE_ENV).toBe('production');
    expect(productionRefusals(app, env)).toEqual([]);
  });

  it('prints the public addresses, not localhost, where visitors and crawlers see them', () => {
    const storefront = loadConfig(compose.services.storefront!.environment);
    expect(storefront.publicUrl).toBe(compose.operator.PUBLIC_STOREFRONT_URL);
    expect(storefront.medusaPublicUrl).toBe(compose.operator.PUBLIC_COMMERCE_URL);
    expect(compose.services.commerce!.environment.MEDUSA_URL).toBe(compose.operator.PUBLIC_COMMERCE_URL);
  });

  it('publishes the apps on loopback only, for the TLS proxy in front of them', () => {
    for (const app of APPS) {
      expect(compose.services[app]!.ports.length, app).toBeGreaterThan(0);
      for (const port of compose.services[app]!.ports) expect(port, app).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('asks the operator only for variables .env.production.example lists', () => {
    expect([...compose.required].filter((name) => !(name in compose.operator))).toEqual([]);
  });

  it('has no top-level `name:` (Debian docker-compose 1.29 refuses it)', () => {
    expect(compose.topLevel).not.toContain('name');
  });

  it('the checks can fail: an unread variable is found, a missing requirement is refused', () => {
    // Given a variable no app reads, and each app's environment missing what its start needs
    expect(variablesRead('commerce').has('MEDUSA_BACKEND_URL')).toBe(false);
    const without = (app: App, name: string) => {
      const env = { ...compose.services[app]!.environment };
      delete env[name];
      return productionRefusals(app, env);
    };
    // Then each app's own check names what is missing
    expect(without('storefront', 'STOREFRONT_URL').join()).toMatch(/STOREFRONT_URL/);
    expect(without('commerce', 'MEDUSA_URL').join()).toMatch(/MEDUSA_URL/);
    expect(without('commerce', 'COOKIE_SECRET').join()).toMatch(/COOKIE_SECRET/);
    expect(without('cms', 'APP_KEYS').join()).toMatch(/APP_KEYS/);
  });
});
