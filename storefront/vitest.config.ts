import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// Unit tests of the storefront's own logic (formatting, mapping, merge/degrade, cache, revalidate,
// rich text rendering). Whole-stack tests live in /integration-tests.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '#shared': fileURLToPath(new URL('./shared', import.meta.url)),
    },
  },
  test: {
    include: ['{shared,server,app}/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
