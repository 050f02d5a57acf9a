// Per-village products (Medusa) for the regency bench: 25 goods × 2 sizes = 50 distinct titles,
// in a per-village order, with prices in whole rupiah and stock. Deterministic per village slug.
import { hashOf, seeded, slugify } from './random.mjs';

const GOODS = [
  ['Keripik Singkong Pedas', 12000],
  ['Keripik Pisang Manis', 13000],
  ['Opak Bakar', 10000],
  ['Gula Aren Cetak', 18000],
  ['Kopi Robusta Bubuk', 35000],
  ['Kopi Arabika Sangrai', 60000],
  ['Teh Hijau Kebun Rakyat', 22000],
  ['Madu Hutan Burangrang', 75000],
  ['Beras Pandan Wangi', 65000],
  ['Sambal Terasi Rumahan', 20000],
  ['Dodol Nanas', 15000],
  ['Manisan Pala', 17000],
  ['Tape Singkong', 12000],
  ['Rengginang Ketan', 14000],
  ['Kerupuk Kulit', 16000],
  ['Anyaman Bambu Nampan', 45000],
  ['Bakul Bambu', 30000],
  ['Tas Pandan', 55000],
  ['Pot Gerabah Kecil', 20000],
  ['Cobek Batu', 40000],
  ['Batik Cap Purwakarta', 150000],
  ['Peci Rajut', 35000],
  ['Sabun Sereh Wangi', 15000],
  ['Minyak Kelapa Murni', 45000],
  ['Telur Asin', 3500],
];
const SIZES = [
  ['Kemasan Kecil', 1],
  ['Kemasan Besar', 2.2],
];

/** The village's 50 products, in a fixed per-village order (a village shows its own top picks). */
export function villageProducts(village) {
  const r = seeded(hashOf(`products:${village.slug}`));
  const items = GOODS.flatMap(([good, price]) =>
    SIZES.map(([size, factor]) => ({
      title: `${good} ${size}`,
      price: Math.round((price * factor) / 500) * 500,
    })),
  );
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.map((item) => ({
    ...item,
    handle: `${village.slug}-${slugify(item.title)}`,
    description: `${item.title} buatan warga Desa ${village.name}, dikemas rapi dan dikirim dari balai desa.`,
    stock: r.int(5, 120),
  }));
}
