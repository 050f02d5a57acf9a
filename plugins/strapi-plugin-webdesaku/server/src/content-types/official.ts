import { collection, image, nonNegativeInt, villageLink } from './shared';

export default {
  ...collection(
    'official',
    'officials',
    'Perangkat Desa',
    'Kepala desa, sekretaris, kepala urusan dan kepala dusun',
  ),
  attributes: {
    name: { type: 'string', required: true, maxLength: 120 },
    position: { type: 'string', required: true, maxLength: 120 },
    photo: image(),
    displayOrder: nonNegativeInt({ default: 0 }),
    village: villageLink(),
  },
};
