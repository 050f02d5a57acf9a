import { blocks, collection, image, notLocalized, villageLink } from './shared';

export const POTENTIAL_CATEGORIES = [
  'agro',
  'wisata',
  'kerajinan',
  'kuliner',
  'perikanan',
  'umkm',
  'lainnya',
] as const;

export default {
  ...collection(
    'potential',
    'potentials',
    'Potensi Desa',
    'Pertanian, wisata, kerajinan, kuliner dan lainnya',
    {
      localized: true,
    },
  ),
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    category: {
      type: 'enumeration',
      enum: [...POTENTIAL_CATEGORIES],
      required: true,
      pluginOptions: notLocalized(),
    },
    body: blocks(),
    images: { ...image(true), pluginOptions: notLocalized() },
    village: villageLink(true),
  },
};
