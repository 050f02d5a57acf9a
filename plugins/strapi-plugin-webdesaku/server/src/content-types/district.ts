import { collection, slugOf } from './shared';
import { SLUG_MAX_LENGTH } from '@webdesaku/contracts';

export default {
  ...collection('district', 'districts', 'Kecamatan', 'Kecamatan di Kabupaten Purwakarta'),
  attributes: {
    name: { type: 'string', required: true, maxLength: 80 },
    slug: { ...slugOf('name'), maxLength: SLUG_MAX_LENGTH, unique: true },
    code: { type: 'string', maxLength: 20 },
  },
};
