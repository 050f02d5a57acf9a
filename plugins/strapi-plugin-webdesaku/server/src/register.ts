import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { installEditorScope } from './editor-scope/install';
import { villageFolderMiddleware } from './editor-scope/village-folders';
import { eventsMiddleware } from './middlewares/events';
import { scopingMiddleware } from './middlewares/scoping';
import { validationMiddleware } from './middlewares/validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  // Order matters: refuse foreign writes first, then validate, then notify after the write.
  strapi.documents.use(scopingMiddleware(strapi) as any);
  strapi.documents.use(validationMiddleware(strapi) as any);
  strapi.documents.use(eventsMiddleware(strapi) as any);
  strapi.documents.use(villageFolderMiddleware(strapi) as any);
  installEditorScope(strapi);
};
