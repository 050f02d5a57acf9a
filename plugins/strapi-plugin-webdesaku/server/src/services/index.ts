import { factories } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';
import seed from '../seed';
import home from './home';
import homeStore from './home-store';
import provisioning from './provisioning';
import revalidation from './revalidation';
import sitemap from './sitemap';

/** Core services back the core read controllers of every content type. */
const core = Object.fromEntries(
  (Object.keys(schemas) as TypeName[]).map((name) => [name, factories.createCoreService(uidOf(name) as any)]),
);

export default { ...core, home, homeStore, provisioning, revalidation, seed, sitemap };
