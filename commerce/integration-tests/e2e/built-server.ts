import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { testDbName } from '../factories/db-name';

const appDir = join(__dirname, '..', '..');
const cli = join(dirname(createRequire(__filename).resolve('@medusajs/cli/package.json')), 'cli.js');
const adminUrl = (db: string) => `postgres://postgres@localhost:5432/${db}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl('postgres') });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/**
 * The real built commerce (`npm run build` output) on its own database, migrated and
 * seeded with the demo data, started exactly as `npm run start` does.
 */
export async function startBuiltCommerce(port: number) {
  const db = testDbName('e2e');
  await admin(`CREATE DATABASE "${db}"`);
  const env = {
    ...process.env,
    DATABASE_URL: adminUrl(db),
    PORT: String(port),
    MEDUSA_URL: `http://localhost:${port}`,
    NODE_ENV: 'production',
    JWT_SECRET: 'e2e-jwt',
    COOKIE_SECRET: 'e2e-cookie',
    WEBDESAKU_SYNC_SECRET: 'e2e-sync',
    REVALIDATE_SECRET: 'e2e-revalidate',
    STOREFRONT_URL: 'http://127.0.0.1:9',
  };
  for (const command of ['db:migrate', 'exec ./src/scripts/seed.ts']) {
    const run = spawnSync(process.execPath, [cli, ...command.split(' ')], {
      cwd: appDir,
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`medusa ${command} failed:\n${run.stdout}\n${run.stderr}`);
  }
  const server: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: appDir,
    env,
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    url,
    async stop() {
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
      await admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    },
  };
}
