import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors work in Bahasa Indonesia; English stays available.
    locales: ['id', 'en'],
  },
  bootstrap(_app: StrapiApp) {},
};
