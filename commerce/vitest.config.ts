import { defineConfig } from 'vitest/config';

// @medusajs/test-utils boots a real Medusa per file (fresh database, migrations):
// its hooks are global, the app is required through ts-node, and files run one by one.
export default defineConfig({
  test: {
    globals: true,
    pool: 'forks',
    fileParallelism: false,
    include: ['integration-tests/**/*.spec.ts'],
    setupFiles: ['./integration-tests/setup.ts'],
    hookTimeout: 240_000,
    testTimeout: 120_000,
  },
});
