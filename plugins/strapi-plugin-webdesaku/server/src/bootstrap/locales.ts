/** Bahasa Indonesia is the default content locale; English is the second. */
import type { Core } from '@strapi/strapi';

const WANTED = [
  { code: 'id', name: 'Indonesian (id)' },
  { code: 'en', name: 'English (en)' },
];

export const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of WANTED) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== 'id') await locales.setDefaultLocale({ code: 'id' });
};
