// Loads the built Strapi app (dist/) without starting the HTTP server: used by the
// seed script and by tests. CommonJS require on purpose (the ESM build of
// @strapi/strapi trips over a lodash directory import).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// @strapi/strapi sits in cms/node_modules (its react-router-dom 6 peer conflicts with
// the root's v7) while @strapi/core is hoisted to the root and resolves
// '@strapi/strapi/package.json' from there. Adding cms/node_modules to the global
// lookup paths lets it find its parent package. The npm scripts set NODE_PATH for
// the same reason.
const localModules = path.join(appDir, 'node_modules');
if (!(process.env.NODE_PATH ?? '').split(path.delimiter).includes(localModules)) {
  process.env.NODE_PATH = [localModules, process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  require('node:module').Module._initPaths();
}

export const loadStrapi = async () => {
  const { createStrapi } = require('@strapi/strapi');
  return createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
};
