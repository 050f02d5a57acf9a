import { collection, image, text, villageLink } from './shared';

export default {
  ...collection('gallery', 'galleries', 'Galeri', 'Album foto kegiatan desa'),
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    description: text({ maxLength: 500 }),
    images: image(true),
    village: villageLink(),
  },
};
