import type { StrapiApp } from '@strapi/strapi/admin';
import { indonesian } from './translations-id';

export default {
  config: {
    // Editors work in Bahasa Indonesia; English stays available.
    locales: ['id', 'en'],
    translations: { id: indonesian },
  },
  bootstrap(_app: StrapiApp) {},
};
