// The app is wiring only: every domain rule lives in plugins/strapi-plugin-webdesaku.
export default {
  register() {},
  bootstrap() {},
};
