// Boots the whole Webdesaku stack for a test file on fresh databases, and removes them afterwards.
import { randomBytes } from 'node:crypto';
import { dropDatabase } from '../scripts/lib/postgres.mjs';
import {
  createDatabases,
  migrateAndSeed,
  missingBuilds,
  stackConfig,
  startAll,
  stopAll,
} from '../scripts/lib/stack.mjs';

export type Stack = Awaited<ReturnType<typeof bootStack>>;

export const TEST_PORTS = { cms: 21337, commerce: 29000, storefront: 23000 };

export async function bootStack() {
  const missing = missingBuilds();
  if (missing.length > 0) {
    throw new Error(`Build first (npm run build): missing ${missing.map((b) => b.output).join(', ')}`);
  }
  const id = randomBytes(4).toString('hex');
  const config = stackConfig({
    serverUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/postgres',
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7',
    databases: { cms: `wd_it_${id}_cms`, commerce: `wd_it_${id}_commerce` },
    ports: TEST_PORTS,
    quiet: !process.env.STACK_LOGS,
  });
  await createDatabases(config);
  let procs: Awaited<ReturnType<typeof startAll>> = {};
  try {
    await migrateAndSeed(config);
    procs = await startAll(config);
  } catch (error) {
    await dropAll(config);
    throw error;
  }
  return {
    config,
    procs,
    async stop() {
      await stopAll(procs);
      await dropAll(config);
    },
  };
}

async function dropAll(config: ReturnType<typeof stackConfig>) {
  await dropDatabase(config.serverUrl, config.databases.cms);
  await dropDatabase(config.serverUrl, config.databases.commerce);
}
