import { defineConfig } from 'vitest/config';

// Each test file boots a real Strapi (from dist/) against its own fresh PostgreSQL
// database, so files run one at a time in separate forked processes.
export default defineConfig({
  test: {
    include: ['integration-tests/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    hookTimeout: 180_000,
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
