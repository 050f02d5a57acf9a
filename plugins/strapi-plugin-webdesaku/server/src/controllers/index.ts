import { factories } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';
import home from './home';

const core = Object.fromEntries(
  (Object.keys(schemas) as TypeName[]).map((name) => [name, factories.createCoreController(uidOf(name) as any)]),
);

export default { ...core, home };
