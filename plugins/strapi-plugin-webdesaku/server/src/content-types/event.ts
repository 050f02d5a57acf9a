import { blocks, collection, notLocalized, villageLink } from './shared';

export default {
  ...collection('event', 'events', 'Agenda', 'Kegiatan desa yang akan datang', { localized: true }),
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    startsAt: { type: 'datetime', required: true, pluginOptions: notLocalized() },
    endsAt: { type: 'datetime', pluginOptions: notLocalized() },
    place: { type: 'string', maxLength: 200 },
    description: blocks(),
    village: villageLink(true),
  },
};
