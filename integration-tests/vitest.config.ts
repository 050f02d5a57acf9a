import { defineConfig } from 'vitest/config';

// Whole-stack tests: each file boots cms, commerce and storefront on throwaway databases.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['./global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
