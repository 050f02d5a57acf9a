import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { eventsMiddleware } from './middlewares/events';
import { scopingMiddleware } from './middlewares/scoping';
import { validationMiddleware } from './middlewares/validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  // Order matters: refuse foreign writes first, then validate, then notify after the write.
  strapi.documents.use(scopingMiddleware(strapi) as any);
  strapi.documents.use(validationMiddleware(strapi) as any);
  strapi.documents.use(eventsMiddleware(strapi) as any);
};
