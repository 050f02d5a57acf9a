import { defineConfig } from 'vitest/config';

// Unit tests of the plugin's rules, beside them (`server/src/**/__tests__/`, left out of the
// build): no Strapi, no database, seconds. cms/integration-tests boots the real app.
export default defineConfig({
  test: {
    include: ['server/src/**/__tests__/**/*.test.ts'],
  },
});
