import { blocks, collection, image, nonNegativeInt, slugOf, text } from './shared';
import { SLUG_MAX_LENGTH } from '@webdesaku/contracts';

/**
 * The village is not localized: it is the anchor every other entry links to, and
 * Strapi 5 keeps relations per locale. Its prose is written in Bahasa Indonesia.
 */
export default {
  ...collection('village', 'villages', 'Desa', 'Profil desa'),
  attributes: {
    name: { type: 'string', required: true, maxLength: 120 },
    slug: { ...slugOf('name'), maxLength: SLUG_MAX_LENGTH, unique: true },
    district: { type: 'relation', relation: 'manyToOne', target: 'plugin::webdesaku.district' },
    code: { type: 'string', maxLength: 20 },
    headName: { type: 'string', maxLength: 120 },
    address: text({ maxLength: 500 }),
    phone: { type: 'string', maxLength: 30 },
    whatsapp: { type: 'string', maxLength: 20 },
    email: { type: 'email' },
    population: nonNegativeInt(),
    areaKm2: { type: 'decimal', min: 0 },
    hamletCount: nonNegativeInt(),
    description: text({ maxLength: 500 }),
    profile: blocks(),
    visionMission: blocks(),
    history: blocks(),
    logo: image(),
    cover: image(),
    latitude: { type: 'float', min: -90, max: 90 },
    longitude: { type: 'float', min: -180, max: 180 },
    salesChannelId: { type: 'string', private: true, configurable: false },
    publishableKey: { type: 'string', private: true, configurable: false },
    provisioningStatus: { type: 'string', private: true, configurable: false },
    editors: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'admin::user',
      private: true,
      configurable: false,
    },
  },
};
