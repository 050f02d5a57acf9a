// The Webdesaku stack as one sequence: databases, builds, migrations, seeds, the three apps.
// Used by `npm start` (scripts/start.mjs) and by the integration tests (integration-tests/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputHash, readStamps, writeStamp } from './build-stamp.mjs';
import { databaseUrl, ensureDatabase } from './postgres.mjs';
import { problem } from './problem.mjs';
import { portIsFree, run, runToEnd, stop, waitForHttp } from './proc.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The development defaults of @webdesaku/contracts for the two secrets the apps share (kept equal by
// scripts/test/secret-names.test.mjs): `npm start` reads them before it has built that package.
export const DEV_SECRETS = {
  WEBDESAKU_SYNC_SECRET: 'dev-sync-secret',
  REVALIDATE_SECRET: 'dev-revalidate-secret',
};

/**
 * What must exist before each app can start, the command that makes it, and the folders whose
 * files it is built from (an app's build bundles its plugin, so the plugin's files count too).
 */
export const BUILDS = [
  {
    // The rules every app shares (slugs, phones, cache tags, payment ids, secrets): first.
    name: '@webdesaku/contracts',
    output: 'packages/contracts/dist',
    inputs: ['packages/contracts'],
    minutes: '<1',
  },
  {
    name: 'strapi-plugin-webdesaku',
    output: 'plugins/strapi-plugin-webdesaku/dist',
    inputs: ['plugins/strapi-plugin-webdesaku', 'packages/contracts'],
    minutes: '<1',
  },
  {
    name: 'medusa-plugin-webdesaku',
    output: 'plugins/medusa-plugin-webdesaku/.medusa/server',
    inputs: ['plugins/medusa-plugin-webdesaku', 'packages/contracts'],
    minutes: '<1',
  },
  {
    name: '@webdesaku/cms',
    output: 'cms/dist/build',
    inputs: ['cms', 'plugins/strapi-plugin-webdesaku', 'packages/contracts'],
    minutes: '1–2',
  },
  {
    name: '@webdesaku/commerce',
    output: 'commerce/.medusa/server',
    inputs: ['commerce', 'plugins/medusa-plugin-webdesaku', 'packages/contracts'],
    minutes: '1–2',
  },
  {
    name: '@webdesaku/storefront',
    output: 'storefront/.output/server/index.mjs',
    inputs: ['storefront', 'packages/contracts'],
    minutes: '<1',
  },
].map((build) => ({ ...build, inputs: [...build.inputs, 'package-lock.json'] }));

export const BUILD_STAMPS = path.join(ROOT, '.data', 'build-stamps.json');

/** The usual ports, each overridable (CMS_PORT, COMMERCE_PORT, STOREFRONT_PORT). */
export function defaultPorts(env = process.env) {
  return {
    cms: Number(env.CMS_PORT ?? 1337),
    commerce: Number(env.COMMERCE_PORT ?? 9000),
    storefront: Number(env.STOREFRONT_PORT ?? 3000),
  };
}

/**
 * @param {{ serverUrl: string, databases?: {cms: string, commerce: string}, redisUrl?: string,
 *   ports?: {cms: number, commerce: number, storefront: number}, host?: string, nodeEnv?: string,
 *   quiet?: boolean }} options
 */
export function stackConfig(options) {
  const ports = options.ports ?? defaultPorts();
  const databases = options.databases ?? { cms: 'webdesaku_cms', commerce: 'webdesaku_commerce' };
  const host = options.host ?? 'localhost';
  const urls = {
    cms: `http://${host}:${ports.cms}`,
    commerce: `http://${host}:${ports.commerce}`,
    storefront: `http://${host}:${ports.storefront}`,
  };
  const shared = {
    NODE_ENV: options.nodeEnv ?? 'development',
    STRAPI_URL: urls.cms,
    MEDUSA_URL: urls.commerce,
    STOREFRONT_URL: urls.storefront,
    WEBDESAKU_SYNC_SECRET: process.env.WEBDESAKU_SYNC_SECRET ?? DEV_SECRETS.WEBDESAKU_SYNC_SECRET,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? DEV_SECRETS.REVALIDATE_SECRET,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
  };
  const env = {
    cms: {
      ...shared,
      DATABASE_URL: databaseUrl(options.serverUrl, databases.cms),
      HOST: '0.0.0.0',
      PORT: String(ports.cms),
    },
    commerce: {
      ...shared,
      DATABASE_URL: databaseUrl(options.serverUrl, databases.commerce),
      PORT: String(ports.commerce),
      STORE_CORS: urls.storefront,
      ADMIN_CORS: urls.commerce,
      AUTH_CORS: urls.commerce,
    },
    storefront: { ...shared, PORT: String(ports.storefront), NITRO_PORT: String(ports.storefront) },
  };
  return { ...options, ports, databases, urls, env, quiet: options.quiet ?? false };
}

/** The progress reporter used when the caller shows none: just run the step. */
const runSilently = (_label, fn) => fn();

const npm = (config, name, script, workspace, env) =>
  runToEnd(name, 'npm', ['run', script, '-w', workspace, '--silent'], {
    cwd: ROOT,
    env,
    quiet: config.quiet,
  }).catch((error) => {
    if (config.quiet) throw error; // its message carries the output nobody saw
    throw problem({
      id: `langkah "${script}" untuk ${workspace} gagal (lihat log [${name}] di atas)`,
      en: `the "${script}" step of ${workspace} failed: ${error.message.split('\n')[0]}`,
      fix: `npm run ${script} -w ${workspace}`,
    });
  });

/** Builds that are missing or whose inputs changed since they were built (a `git pull`, an edit). */
export function staleBuilds() {
  const stamps = readStamps(BUILD_STAMPS);
  return BUILDS.filter((b) => {
    if (!existsSync(path.join(ROOT, b.output))) return true;
    const hash = inputHash(ROOT, b.inputs);
    return hash !== null && stamps[b.name] !== hash;
  });
}

/** Builds `builds` in order and stamps each with the hash of the inputs it was built from. */
export async function buildAll(config, builds = BUILDS, progress = runSilently) {
  for (const build of builds) {
    const hash = inputHash(ROOT, build.inputs);
    // The caller's NODE_ENV, as `npm run build -w` would: the Medusa dashboard built with
    // NODE_ENV=production hides the reason of a refusal from sellers (its error boundary shows
    // details only in a development build).
    await progress(`Membangun ${build.name} (sekitar ${build.minutes} menit)`, () =>
      npm(config, 'setup', 'build', build.name, {}),
    );
    if (hash) writeStamp(BUILD_STAMPS, build.name, hash);
  }
}

export function buildStale(config, progress = runSilently) {
  return buildAll(config, staleBuilds(), progress);
}

export async function createDatabases(config) {
  await ensureDatabase(config.serverUrl, config.databases.cms);
  await ensureDatabase(config.serverUrl, config.databases.commerce);
}

/** Migrates commerce and seeds both backends. Seeds are idempotent; `seed: false` skips them. */
export async function migrateAndSeed(config, { seed = true } = {}, progress = runSilently) {
  await progress('Migrasi database commerce (Medusa)', () =>
    npm(config, 'commerce', 'migrate', '@webdesaku/commerce', config.env.commerce),
  );
  if (!seed) return;
  await progress('Mengisi data contoh commerce (toko desa, produk)', () =>
    npm(config, 'commerce', 'seed', '@webdesaku/commerce', config.env.commerce),
  );
  await progress('Mengisi data contoh cms (kecamatan, desa, berita)', () =>
    npm(config, 'cms', 'seed', '@webdesaku/cms', config.env.cms),
  );
}

export function startApp(config, app) {
  const workspace = `@webdesaku/${app}`;
  return run(app, 'npm', ['run', 'start', '-w', workspace, '--silent'], {
    cwd: ROOT,
    env: config.env[app],
    quiet: config.quiet,
  });
}

const HEALTH = { commerce: '/health', cms: '/_health', storefront: '/' };

export async function startAndWait(config, app, timeoutMs = 240_000) {
  if (!(await portIsFree(config.ports[app]))) {
    throw new Error(`Port ${config.ports[app]} (${app}) is already in use: stop what runs there first.`);
  }
  const proc = startApp(config, app);
  try {
    await waitForHttp(config.urls[app] + HEALTH[app], { proc, timeoutMs });
  } catch (error) {
    await stop(proc);
    throw new Error(`${error.message}\n${proc.tail.join('').slice(-4000)}`);
  }
  return proc;
}

/** Starts commerce, cms and storefront in that order (cms notifies commerce, storefront reads both). */
export async function startAll(config, progress = runSilently) {
  /** @type {Partial<Record<'cms' | 'commerce' | 'storefront', ReturnType<typeof run>>>} */
  const procs = {};
  try {
    for (const app of ['commerce', 'cms', 'storefront']) {
      procs[app] = await progress(`Menjalankan ${app} di ${config.urls[app]}`, () =>
        startAndWait(config, app),
      );
    }
  } catch (error) {
    await stopAll(procs);
    throw error;
  }
  return procs;
}

export async function stopAll(procs) {
  await Promise.all(Object.values(procs).map((proc) => stop(proc)));
}
