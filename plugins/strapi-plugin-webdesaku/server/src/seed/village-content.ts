import type { Core } from '@strapi/strapi';
import { doc, heading, list, paragraph } from './blocks';
import { findOrCreate } from './find-or-create';
import type { createImageStore } from './images';
import type { Counter, DemoData } from './index';
import { factsFor } from './villages';
import { budgetLines, statisticFor } from './numbers';

type Images = ReturnType<typeof createImageStore>;
type DemoVillage = DemoData['villages'][number] & { editorId: number };

const OFFICIALS = [
  'Kepala Desa',
  'Sekretaris Desa',
  'Kepala Urusan Keuangan',
  'Kepala Urusan Umum dan Perencanaan',
  'Kepala Seksi Pemerintahan',
  'Kepala Seksi Kesejahteraan dan Pelayanan',
];
const NAMES = [
  'Rina Marlina',
  'Yayan Sofyan',
  'Neng Siti Aisyah',
  'Dadang Hermawan',
  'Euis Komalasari',
  'Cecep Supriatna',
];

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export const seedVillageContent = async (
  strapi: Core.Strapi,
  v: DemoVillage,
  demo: DemoData,
  images: Images,
  created: Counter,
  today: Date,
) => {
  const facts = factsFor(v.slug, v.name, v.theme ?? 'hasil bumi');
  const district = demo.districts.find((d) => d.slug === v.district);
  const districtDoc = await strapi.db
    .query('plugin::webdesaku.district')
    .findOne({ where: { slug: v.district }, select: ['documentId'] });
  const img = (key: string, kind: Parameters<Images['image']>[1], alt: string) =>
    images.image(`${v.slug}-${key}`, kind, alt);

  const village = await findOrCreate(strapi, created, 'village', { slug: v.slug }, async () => ({
    data: {
      name: v.name,
      slug: v.slug,
      district: districtDoc?.documentId,
      code: `${district?.code ?? '32.14'}.20${String(demo.villages.findIndex((d) => d.slug === v.slug) + 1).padStart(2, '0')}`,
      headName: facts.headName,
      address: `Jl. Raya ${v.name} No. 1, Kecamatan ${district?.name ?? ''}, Purwakarta`,
      phone: '(0264) 211000',
      whatsapp: v.whatsapp,
      email: `desa.${v.slug}@webdesaku.id`,
      population: facts.population,
      areaKm2: facts.areaKm2,
      hamletCount: facts.hamletCount,
      description: `Desa ${v.name} di Kecamatan ${district?.name ?? ''}, dikenal dengan ${v.theme ?? 'hasil bumi'}.`,
      profile: [
        paragraph(`Desa ${v.name} terletak di Kecamatan ${district?.name ?? ''}, Kabupaten Purwakarta.`),
        paragraph(`Sebagian besar warga bekerja di bidang ${v.theme ?? 'pertanian'}.`),
      ],
      visionMission: [
        heading('Visi'),
        paragraph(`Terwujudnya Desa ${v.name} yang maju, mandiri dan sejahtera berbasis potensi lokal.`),
        heading('Misi'),
        list(
          [
            'Meningkatkan pelayanan publik yang cepat dan terbuka',
            'Mengembangkan ekonomi desa melalui BUMDes dan UMKM',
            'Menjaga lingkungan dan budaya Sunda',
          ],
          'ordered',
        ),
      ],
      history: doc(facts.history),
      logo: await img('logo', 'logo', `Logo Desa ${v.name}`),
      cover: await img('sampul', 'landscape', `Pemandangan Desa ${v.name}`),
      latitude: facts.latitude,
      longitude: facts.longitude,
      editors: [v.editorId],
    },
  }));
  const byVillage = (extra: Record<string, unknown>) => ({ village: { documentId: village }, ...extra });

  for (const [i, position] of OFFICIALS.entries()) {
    const name = i === 0 ? facts.headName : NAMES[i];
    await findOrCreate(strapi, created, 'official', byVillage({ position }), async () => ({
      data: {
        name,
        position,
        displayOrder: i + 1,
        village,
        photo: await img(`perangkat-${i + 1}`, 'portrait', `${position} ${v.name}`),
      },
    }));
  }
  for (const [i, a] of facts.articles.entries()) {
    const slug = `${v.slug}-${a.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`.slice(0, 110);
    await findOrCreate(strapi, created, 'article', { slug, locale: 'id' }, async () => ({
      data: {
        title: a.title,
        slug,
        excerpt: a.excerpt,
        body: doc(...a.body),
        category: a.category,
        village,
        cover: await img(`berita-${i + 1}`, 'landscape', a.title),
      },
      en: {
        title: a.en,
        slug: `${slug}-en`.slice(0, 120),
        excerpt: a.en,
        body: doc(`${a.en}. Read the full story in Bahasa Indonesia.`),
      },
    }));
  }
  await findOrCreate(strapi, created, 'announcement', byVillage({ locale: 'id' }), async () => ({
    data: {
      title: `Jadwal Pelayanan Administrasi Desa ${v.name}`,
      body: doc(
        'Pelayanan surat-menyurat dibuka Senin sampai Jumat pukul 08.00–15.00 WIB.',
        'Bawa KTP dan Kartu Keluarga asli.',
      ),
      validFrom: isoDate(addDays(today, -7)),
      validUntil: isoDate(addDays(today, 60)),
      village,
    },
    en: {
      title: `Office hours of ${v.name} village`,
      body: doc('Letters are served Monday to Friday, 08:00–15:00 WIB.'),
    },
  }));
  const events = [
    {
      title: 'Musyawarah Desa Perencanaan Pembangunan',
      place: `Balai Desa ${v.name}`,
      in: 10,
      en: 'Village development planning meeting',
    },
    {
      title: 'Kerja Bakti dan Posyandu Terpadu',
      place: 'Lapangan desa',
      in: 24,
      en: 'Community clean-up and health post',
    },
  ];
  for (const e of events) {
    const startsAt = new Date(`${isoDate(addDays(today, e.in))}T01:00:00.000Z`);
    await findOrCreate(strapi, created, 'event', byVillage({ title: e.title, locale: 'id' }), async () => ({
      data: {
        title: e.title,
        place: e.place,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
        description: doc(`Seluruh warga Desa ${v.name} diundang hadir.`),
        village,
      },
      en: { title: e.en, description: doc(`All residents of ${v.name} are invited.`) },
    }));
  }
  await findOrCreate(
    strapi,
    created,
    'gallery',
    byVillage({ title: `Suasana Desa ${v.name}` }),
    async () => ({
      data: {
        title: `Suasana Desa ${v.name}`,
        description: `Foto kegiatan dan alam Desa ${v.name}.`,
        village,
        images: [
          await img('galeri-1', 'landscape', `Alam ${v.name}`),
          await img('galeri-2', 'landscape', `Kegiatan warga ${v.name}`),
          await img('galeri-3', 'landscape', `Balai Desa ${v.name}`),
        ],
      },
    }),
  );
  for (const [i, p] of facts.potentials.entries()) {
    await findOrCreate(
      strapi,
      created,
      'potential',
      byVillage({ title: p.title, locale: 'id' }),
      async () => ({
        data: {
          title: p.title,
          category: p.category,
          body: doc(p.body),
          village,
          images: [await img(`potensi-${i + 1}`, 'landscape', p.title)],
        },
        en: { title: p.en, body: doc(p.en) },
      }),
    );
  }
  const year = today.getFullYear();
  await findOrCreate(strapi, created, 'statistic', byVillage({ year }), async () => ({
    data: { ...statisticFor(facts.population), year, village },
  }));
  await findOrCreate(strapi, created, 'budget', byVillage({ year }), async () => ({
    data: {
      year,
      village,
      lineItems: budgetLines(facts.population),
      report: await images.pdf(`${v.slug}-apbdes-${year}`, `APBDes ${v.name} ${year}`),
    },
  }));
  await findOrCreate(
    strapi,
    created,
    'service',
    byVillage({ name: 'Surat Keterangan Domisili', locale: 'id' }),
    async () => ({
      data: {
        name: 'Surat Keterangan Domisili',
        village,
        requirements: [list(['Fotokopi KTP', 'Fotokopi Kartu Keluarga', 'Surat pengantar RT/RW'])],
        steps: [
          list(
            [
              'Datang ke kantor desa',
              'Serahkan berkas ke petugas pelayanan',
              'Surat selesai dalam satu hari kerja',
            ],
            'ordered',
          ),
        ],
      },
      en: {
        name: 'Certificate of residence',
        requirements: [list(['Copy of ID card', 'Copy of family card', 'Letter from RT/RW'])],
      },
    }),
  );
  await findOrCreate(
    strapi,
    created,
    'document',
    byVillage({ title: `Peraturan Desa tentang APBDes ${year}` }),
    async () => ({
      data: {
        title: `Peraturan Desa tentang APBDes ${year}`,
        description: `Perdes ${v.name} Nomor 1 Tahun ${year}.`,
        publishedDate: `${year}-01-15`,
        village,
        file: await images.pdf(`${v.slug}-perdes-apbdes-${year}`, `Perdes APBDes ${v.name} ${year}`),
      },
    }),
  );
};
