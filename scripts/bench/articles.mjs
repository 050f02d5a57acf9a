// Per-village content (Strapi) for the regency bench: 30 published articles, one population
// statistic and one APBDes budget. Deterministic per village slug.
import { hashOf, seeded, slugify } from './random.mjs';

const EVENTS = [
  ['Gotong Royong Bersih Saluran Irigasi', 'pembangunan'],
  ['Posyandu Balita Bulan Ini', 'kesehatan'],
  ['Musyawarah Desa Rencana Kerja', 'pemerintahan'],
  ['Pelatihan Pemasaran Daring UMKM', 'ekonomi'],
  ['Pentas Seni Sunda di Balai Desa', 'budaya'],
  ['Beasiswa Siswa Berprestasi', 'pendidikan'],
  ['Penyaluran Bantuan Langsung Tunai', 'pemerintahan'],
  ['Pembangunan Jalan Lingkungan', 'pembangunan'],
  ['Panen Raya Kelompok Tani', 'ekonomi'],
  ['Vaksinasi Hewan Ternak', 'kesehatan'],
  ['Lomba Kebersihan Antar-RW', 'berita'],
  ['Bazar Produk Desa Akhir Pekan', 'ekonomi'],
];
const SENTENCES = [
  'Kegiatan ini diikuti warga dari seluruh dusun dengan semangat kebersamaan.',
  'Pemerintah desa menyampaikan terima kasih kepada semua pihak yang telah membantu.',
  'Dana kegiatan bersumber dari Dana Desa tahun anggaran berjalan.',
  'Kepala desa berharap kegiatan serupa dapat dilaksanakan secara rutin.',
  'Warga dapat menyampaikan usulan melalui kantor desa pada jam kerja.',
  'Hasil kegiatan akan dilaporkan dalam musyawarah desa berikutnya.',
  'Karang Taruna dan PKK turut membantu persiapan sejak pagi hari.',
  'Informasi lebih lanjut dapat ditanyakan kepada perangkat desa setempat.',
];
const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

export function villageArticles(village, count = 30) {
  const r = seeded(hashOf(`articles:${village.slug}`));
  return Array.from({ length: count }, (_, n) => {
    const [event, category] = EVENTS[n % EVENTS.length];
    const title =
      `${event} Desa ${village.name} ${n >= EVENTS.length ? `(${Math.floor(n / EVENTS.length) + 1})` : ''}`.trim();
    const body = Array.from({ length: r.int(3, 6) }, () =>
      paragraph(Array.from({ length: 3 }, () => r.pick(SENTENCES)).join(' ')),
    );
    return {
      title,
      slug: slugify(title),
      category,
      excerpt: `${event} di Desa ${village.name}. ${r.pick(SENTENCES)}`,
      body,
    };
  });
}

const AGE_GROUPS = ['0-4', '5-14', '15-24', '25-39', '40-59', '60+'];
const EDUCATION = ['Tidak/belum sekolah', 'SD', 'SMP', 'SMA/SMK', 'Diploma/Sarjana'];
const OCCUPATION = ['Petani', 'Buruh tani', 'Pedagang', 'Perajin', 'Karyawan swasta', 'PNS/TNI/Polri'];

/** Aggregates whose totals add up to the village population (never personal data). */
export function villageStatistic(village, population, year = 2025) {
  const r = seeded(hashOf(`statistic:${village.slug}`));
  const share = (n, parts) => {
    const weights = parts.map(() => r.int(5, 20));
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => Math.floor((n * w) / sum));
  };
  const male = Math.floor(population * (0.48 + r.int(0, 40) / 1000));
  const female = population - male;
  const males = share(male, AGE_GROUPS);
  const females = share(female, AGE_GROUPS);
  return {
    year,
    populationMale: male,
    populationFemale: female,
    households: Math.floor(population / 3.6),
    byAgeGroup: AGE_GROUPS.map((label, i) => ({ label, male: males[i], female: females[i] })),
    byEducation: share(population, EDUCATION).map((count, i) => ({ label: EDUCATION[i], count })),
    byOccupation: share(Math.floor(population * 0.6), OCCUPATION).map((count, i) => ({
      label: OCCUPATION[i],
      count,
    })),
  };
}

const LINES = [
  ['pendapatan', 'Pendapatan Transfer', 'Dana Desa', 900_000_000],
  ['pendapatan', 'Pendapatan Transfer', 'Alokasi Dana Desa', 450_000_000],
  ['pendapatan', 'Pendapatan Asli Desa', 'Hasil usaha BUMDes', 60_000_000],
  ['belanja', 'Penyelenggaraan Pemerintahan', 'Penghasilan tetap perangkat', 380_000_000],
  ['belanja', 'Pembangunan Desa', 'Jalan lingkungan dan irigasi', 520_000_000],
  ['belanja', 'Pembinaan Kemasyarakatan', 'Kegiatan PKK dan Karang Taruna', 90_000_000],
  ['belanja', 'Pemberdayaan Masyarakat', 'Pelatihan UMKM dan kelompok tani', 150_000_000],
  ['belanja', 'Penanggulangan Bencana', 'Bantuan langsung tunai', 180_000_000],
  ['pembiayaan', 'Penerimaan Pembiayaan', 'SiLPA tahun sebelumnya', 40_000_000],
];

export function villageBudget(village, year = 2025) {
  const r = seeded(hashOf(`budget:${village.slug}`));
  return {
    year,
    lineItems: LINES.map(([kind, field, name, base]) => {
      const plannedAmount = Math.round((base * r.int(80, 120)) / 100 / 1000) * 1000;
      return {
        kind,
        field,
        name,
        plannedAmount,
        realizedAmount: Math.round((plannedAmount * r.int(55, 100)) / 100),
      };
    }),
  };
}
