import { blocks, collection, image, notLocalized, slugOf, text, villageLink } from './shared';

export const ARTICLE_CATEGORIES = [
  'berita',
  'pemerintahan',
  'pembangunan',
  'kesehatan',
  'pendidikan',
  'ekonomi',
  'budaya',
] as const;

export default {
  ...collection('article', 'articles', 'Berita', 'Berita desa; tanpa desa = berita kabupaten', {
    draftAndPublish: true,
    localized: true,
  }),
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    slug: slugOf('title'),
    excerpt: text({ maxLength: 300 }),
    body: blocks(),
    cover: { ...image(), pluginOptions: notLocalized() },
    category: {
      type: 'enumeration',
      enum: [...ARTICLE_CATEGORIES],
      default: 'berita',
      pluginOptions: notLocalized(),
    },
    village: villageLink(true),
  },
};
