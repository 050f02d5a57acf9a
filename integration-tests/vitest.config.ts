import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';

// One id per run names its template databases, so runs side by side never drop each other's.
process.env.WD_IT_RUN ??= randomBytes(3).toString('hex');

// Whole-stack tests: each file boots cms, commerce and storefront on throwaway databases.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['./global-setup.ts'],
    env: { WD_IT_RUN: process.env.WD_IT_RUN },
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
