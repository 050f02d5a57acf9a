import { assertProductionSecrets } from './env';

// The app is wiring only: every domain rule lives in plugins/strapi-plugin-webdesaku.
export default {
  // Before anything serves: a production start refuses development secrets. Not in config/,
  // which `strapi build` loads as well (a build needs no secrets).
  register() {
    assertProductionSecrets();
  },
  bootstrap() {},
};
