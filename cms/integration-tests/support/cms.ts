/**
 * Boots the built CMS (cms/dist + the plugin's dist) in this test process, on a free
 * port, against a fresh database. Outgoing notifications are off unless a test
 * points them at its own receiver.
 */
import { createServer } from 'node:net';
import type { Core } from '@strapi/strapi';
import { createDatabase } from './database';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

export type TestCms = { strapi: Core.Strapi; url: string; stop: () => Promise<void> };

export const startCms = async (env: Record<string, string> = {}): Promise<TestCms> => {
  const db = await createDatabase();
  const port = await freePort();
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    HOST: '127.0.0.1',
    PORT: String(port),
    MEDUSA_URL: 'http://127.0.0.1:9',
    STOREFRONT_URL: 'http://127.0.0.1:9',
    WEBDESAKU_NOTIFY: 'false',
    WEBDESAKU_RETRY_ATTEMPTS: '4',
    WEBDESAKU_RETRY_BASE_MS: '25',
    WEBDESAKU_RECONCILE_INTERVAL_MS: '0',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...env,
  });
  // @ts-expect-error plain ESM helper shared with the seed script
  const { loadStrapi } = await import('../../scripts/boot.mjs');
  const strapi: Core.Strapi = await loadStrapi();
  strapi.log.level = 'warn';
  await strapi.listen();
  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      // strapi.destroy() removes every process listener, vitest's own included.
      const removeAll = process.removeAllListeners;
      process.removeAllListeners = (() => process) as typeof process.removeAllListeners;
      try {
        await strapi.destroy();
      } finally {
        process.removeAllListeners = removeAll;
        await db.drop();
      }
    },
  };
};
