// The regency-scale data set: 17 kecamatan, 183 villages (the 3 demo villages first), and per
// village 50 products, 30 articles, a statistic and a budget. Pure functions of a fixed seed,
// so both seeders (Strapi and Medusa) and every run build exactly the same regency.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOf, seeded, slugify } from './random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = 20261127;
export const PER_VILLAGE = { products: 50, articles: 30 };
export const REGENCY_VILLAGES = 183;

const PREFIXES = [
  'Ci',
  'Suka',
  'Mekar',
  'Sindang',
  'Karang',
  'Bojong',
  'Pasir',
  'Tegal',
  'Babakan',
  'Neglasari ',
  'Jati',
  'Situ',
  'Gunung',
  'Lebak',
  'Linggar',
  'Parung',
  'Cikadu',
  'Wanakerta ',
];
const ROOTS = [
  'jaya',
  'mulya',
  'sari',
  'asih',
  'wangi',
  'makmur',
  'rahayu',
  'galih',
  'laksana',
  'mekar',
  'harja',
  'resmi',
  'kerta',
  'manah',
  'wargi',
  'sirna',
  'nagara',
  'tanjung',
  'bungur',
  'kalong',
  'haur',
  'lame',
  'beureum',
  'hurip',
];
const HEADS = [
  'Asep',
  'Ujang',
  'Dede',
  'Cecep',
  'Yayan',
  'Entis',
  'Iis',
  'Euis',
  'Nana',
  'Dadang',
  'Ade',
  'Rina',
];
const FAMILY = ['Suryana', 'Hidayat', 'Saepudin', 'Rohman', 'Sopandi', 'Mulyana', 'Permana', 'Kurniawan'];

const titleCase = (text) => text.replace(/(^|\s)\S/g, (c) => c.toUpperCase());

export function demoData() {
  return JSON.parse(readFileSync(path.join(ROOT, 'scripts/demo/data.json'), 'utf8'));
}

/** The first `count` villages of the regency: the demo villages, then generated ones. */
export function regency(count = REGENCY_VILLAGES) {
  const demo = demoData();
  const random = seeded(SEED);
  const taken = new Set(demo.villages.map((v) => v.slug));
  const villages = demo.villages.map((v) => ({ ...v, demo: true }));
  let i = 0;
  while (villages.length < Math.max(count, demo.villages.length)) {
    const name = titleCase(`${random.pick(PREFIXES)}${random.pick(ROOTS)}`.replace(/\s+/g, ' ').trim());
    const slug = slugify(name);
    if (taken.has(slug)) continue;
    taken.add(slug);
    const district = demo.districts[i++ % demo.districts.length].slug;
    const whatsapp = `+62813${String(10_000_000 + random.int(0, 89_999_999)).slice(0, 8)}`;
    villages.push({ name, slug, district, whatsapp, theme: 'hasil tani dan kerajinan warga', demo: false });
  }
  return { districts: demo.districts, villages: villages.slice(0, Math.max(count, demo.villages.length)) };
}

/** Profile facts of a generated village (demo villages keep what the demo seed wrote). */
export function villageProfile(village, index, districtCode) {
  const r = seeded(hashOf(village.slug));
  const population = r.int(2500, 12000);
  return {
    code: `${districtCode}.${String(2001 + index).padStart(4, '0')}`,
    headName: `${r.pick(HEADS)} ${r.pick(FAMILY)}`,
    address: `Jl. Raya Desa ${village.name} No. ${r.int(1, 120)}, Kabupaten Purwakarta`,
    phone: `0264${r.int(200000, 899999)}`,
    email: `desa.${village.slug}@purwakartakab.go.id`,
    population,
    areaKm2: Math.round(r.int(150, 1200)) / 100,
    hamletCount: r.int(2, 7),
    description: `Desa ${village.name} di Kabupaten Purwakarta dikenal dengan ${village.theme}.`,
    latitude: -6.45 - r.int(0, 3000) / 10000,
    longitude: 107.3 + r.int(0, 3000) / 10000,
  };
}
