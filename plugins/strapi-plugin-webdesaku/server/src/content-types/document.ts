import { collection, file, text, villageLink } from './shared';

export default {
  ...collection('document', 'documents', 'Unduhan', 'Perdes, laporan dan dokumen publik desa'),
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    description: text({ maxLength: 500 }),
    file: file(),
    publishedDate: { type: 'date' },
    village: villageLink(),
  },
};
