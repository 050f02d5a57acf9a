import type { Core } from '@strapi/strapi';
import { doc } from './blocks';
import { findOrCreate } from './find-or-create';
import type { createImageStore } from './images';
import type { Counter, DemoData } from './index';

type Images = ReturnType<typeof createImageStore>;

export const seedRegency = async (strapi: Core.Strapi, demo: DemoData, images: Images, created: Counter) => {
  for (const d of demo.districts) {
    await findOrCreate(strapi, created, 'district', { slug: d.slug }, async () => ({ data: d }));
  }
  const settings = await strapi.db.query('plugin::webdesaku.site-setting').findOne({ select: ['id'] });
  if (!settings) {
    await strapi.documents('plugin::webdesaku.site-setting' as any).create({
      data: {
        regencyName: demo.regency.name,
        tagline: 'Informasi desa dan pasar desa se-Kabupaten Purwakarta',
        logo: await images.image('webdesaku-logo-kabupaten', 'logo', `Logo ${demo.regency.name}`),
        contactEmail: 'info@webdesaku.id',
        contactPhone: '(0264) 200000',
        address: 'Jl. Gandanegara No. 25, Purwakarta, Jawa Barat 41111',
        socialLinks: [
          { platform: 'instagram', url: 'https://instagram.com/webdesaku' },
          { platform: 'youtube', url: 'https://youtube.com/@webdesaku' },
        ],
      },
    } as any);
    created['site-setting'] = 1;
  }
  await findOrCreate(
    strapi,
    created,
    'article',
    { slug: 'portal-webdesaku-resmi-diluncurkan', locale: 'id' },
    async () => ({
      data: {
        title: 'Portal Webdesaku Resmi Diluncurkan',
        slug: 'portal-webdesaku-resmi-diluncurkan',
        excerpt: 'Setiap desa di Purwakarta kini punya situs dan pasar daring sendiri.',
        body: doc(
          'Pemerintah Kabupaten Purwakarta meluncurkan Webdesaku, portal informasi desa yang terhubung dengan pasar daring desa.',
          'Warga dapat membaca berita, melihat APBDes dan membeli produk unggulan desa dari satu tempat.',
        ),
        category: 'pemerintahan',
        cover: await images.image('webdesaku-peluncuran-portal', 'landscape', 'Peluncuran portal Webdesaku'),
      },
      en: {
        title: 'Webdesaku portal launched',
        slug: 'webdesaku-portal-launched',
        excerpt: 'Every village in Purwakarta now has its own website and online market.',
        body: doc(
          'Purwakarta regency launched Webdesaku, a village information portal joined with village online markets.',
        ),
      },
    }),
  );
};
