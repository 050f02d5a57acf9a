import { defineConfig } from 'vitest/config';

// Unit tests of the plugin's rules, beside them (`src/**/__tests__/`, left out of the build):
// no Medusa, no database, seconds. commerce/integration-tests boots the real app.
export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
  },
});
