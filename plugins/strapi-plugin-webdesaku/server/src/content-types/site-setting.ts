import { image, text } from './shared';

export default {
  kind: 'singleType' as const,
  collectionName: 'webdesaku_site_settings',
  info: {
    singularName: 'site-setting',
    pluralName: 'site-settings',
    displayName: 'Pengaturan Situs',
    description: 'Identitas portal kabupaten',
  },
  options: { draftAndPublish: false },
  pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: true } },
  attributes: {
    regencyName: { type: 'string', required: true, maxLength: 120 },
    tagline: { type: 'string', maxLength: 200 },
    logo: image(),
    contactEmail: { type: 'email' },
    contactPhone: { type: 'string', maxLength: 30 },
    address: text({ maxLength: 500 }),
    socialLinks: { type: 'component', repeatable: true, component: 'webdesaku.social-link' },
  },
};
