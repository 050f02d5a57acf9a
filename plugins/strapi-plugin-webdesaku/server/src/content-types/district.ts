import { collection, slugOf } from './shared';

export default {
  ...collection('district', 'districts', 'Kecamatan', 'Kecamatan di Kabupaten Purwakarta'),
  attributes: {
    name: { type: 'string', required: true, maxLength: 80 },
    slug: { ...slugOf('name'), unique: true },
    code: { type: 'string', maxLength: 20 },
  },
};
