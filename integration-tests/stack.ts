// Boots the whole Webdesaku stack for a test file on copies of the seeded template databases.
import { randomBytes } from 'node:crypto';
import { cloneDatabase, dropDatabase } from '../scripts/lib/postgres.mjs';
import { startAll, stackConfig, stopAll } from '../scripts/lib/stack.mjs';
import { flushRedisDb } from './redis';
import { REDIS_URL, SERVER_URL, TEMPLATE_DATABASES, TEST_PORTS } from './settings';

export type Stack = Awaited<ReturnType<typeof bootStack>>;
export type StackConfig = ReturnType<typeof stackConfig>;

export function testConfig(id = randomBytes(4).toString('hex')) {
  return stackConfig({
    serverUrl: SERVER_URL,
    redisUrl: REDIS_URL,
    databases: { cms: `wd_it_${id}_cms`, commerce: `wd_it_${id}_commerce` },
    ports: TEST_PORTS,
    quiet: !process.env.STACK_LOGS,
  });
}

export async function bootStack(config: StackConfig = testConfig()) {
  // The copies share ids with every other copy of the template, so cached answers would match them.
  await flushRedisDb(REDIS_URL);
  await cloneDatabase(SERVER_URL, TEMPLATE_DATABASES.cms, config.databases.cms);
  await cloneDatabase(SERVER_URL, TEMPLATE_DATABASES.commerce, config.databases.commerce);
  let procs: Awaited<ReturnType<typeof startAll>> = {};
  try {
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

async function dropAll(config: StackConfig) {
  await dropDatabase(SERVER_URL, config.databases.cms);
  await dropDatabase(SERVER_URL, config.databases.commerce);
}
