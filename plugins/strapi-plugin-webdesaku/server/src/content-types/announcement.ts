import { blocks, collection, notLocalized, villageLink } from './shared';

export default {
  ...collection('announcement', 'announcements', 'Pengumuman', 'Pengumuman dengan masa berlaku', {
    draftAndPublish: true,
    localized: true,
  }),
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    body: blocks(),
    validFrom: { type: 'date', required: true, pluginOptions: notLocalized() },
    validUntil: { type: 'date', pluginOptions: notLocalized() },
    village: villageLink(true),
  },
};
