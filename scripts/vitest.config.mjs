import { defineConfig } from 'vitest/config';

// The orchestrator's own rules (preflight, build stamps, the embedded PostgreSQL), in seconds.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.mjs'],
    testTimeout: 60_000,
  },
});
