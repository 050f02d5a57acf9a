import { blocks, collection, villageLink } from './shared';

export default {
  ...collection('service', 'services', 'Layanan', 'Layanan administrasi desa: syarat dan alur', {
    localized: true,
  }),
  attributes: {
    name: { type: 'string', required: true, maxLength: 200 },
    requirements: blocks(),
    steps: blocks(),
    village: villageLink(true),
  },
};
