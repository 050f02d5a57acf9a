// Migrates and seeds one pair of template databases per test run; each test file copies them.
import type { TestProject } from 'vitest/node';
import { dropDatabase } from '../scripts/lib/postgres.mjs';
import { createDatabases, migrateAndSeed, stackConfig, staleBuilds } from '../scripts/lib/stack.mjs';
import { SERVER_URL, TEST_PORTS, TEMPLATE_DATABASES } from './settings';

export default async function setup(project: TestProject) {
  const stale = staleBuilds();
  if (stale.length > 0) {
    throw new Error(
      `Build first (npm run build): missing or changed since built: ${stale.map((b) => b.name).join(', ')}`,
    );
  }
  const config = stackConfig({
    serverUrl: SERVER_URL,
    databases: TEMPLATE_DATABASES,
    ports: TEST_PORTS,
    quiet: !process.env.STACK_LOGS,
  });
  await dropTemplates();
  await createDatabases(config);
  await migrateAndSeed(config);
  project.provide('templatesReady', true);
  return dropTemplates;
}

async function dropTemplates() {
  await dropDatabase(SERVER_URL, TEMPLATE_DATABASES.cms);
  await dropDatabase(SERVER_URL, TEMPLATE_DATABASES.commerce);
}

declare module 'vitest' {
  export interface ProvidedContext {
    templatesReady: boolean;
  }
}
