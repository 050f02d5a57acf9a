/** Strapi server entry of the Webdesaku plugin (built to dist/server by tsc). */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import editorScope from './editor-scope/policy';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: { 'editor-scope': editorScope },
  middlewares: {},
};
