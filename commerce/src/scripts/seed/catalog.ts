/** Demo products per village theme (scripts/demo/data.json). Prices in whole rupiah. */
export type DemoProduct = {
  handle: string;
  title: string;
  /** A handle of DEMO_CATEGORIES. */
  category: string;
  description: string;
  price: number;
  stock: number;
};

const catalog: Record<string, Omit<DemoProduct, 'handle'>[]> = {
  anjun: [
    {
      title: 'Guci Gerabah Motif Sunda',
      category: 'kerajinan',
      description: 'Guci tanah liat buatan perajin Anjun, Plered, dibakar tradisional dan dilukis tangan.',
      price: 185000,
      stock: 8,
    },
    {
      title: 'Kendi Tanah Liat Tradisional',
      category: 'kerajinan',
      description: 'Kendi air minum dari tanah liat Plered; air tetap sejuk tanpa kulkas.',
      price: 45000,
      stock: 25,
    },
    {
      title: 'Pot Bunga Terakota Sedang',
      category: 'kerajinan',
      description: 'Pot terakota berpori diameter 25 cm, cocok untuk tanaman hias di teras.',
      price: 35000,
      stock: 40,
    },
    {
      title: 'Celengan Gerabah Bentuk Ayam',
      category: 'kerajinan',
      description: 'Celengan ayam jago khas Plered, dicat warna-warni, kesukaan anak-anak.',
      price: 25000,
      stock: 30,
    },
    {
      title: 'Set Cobek dan Ulekan Tanah Liat',
      category: 'kerajinan',
      description: 'Cobek tanah liat diameter 20 cm dengan ulekan kayu, untuk sambal yang lebih sedap.',
      price: 55000,
      stock: 15,
    },
    {
      title: 'Vas Bunga Gerabah Glasir',
      category: 'kerajinan',
      description: 'Vas hias berlapis glasir biru, tinggi 30 cm, hasil kriya sentra keramik Plered.',
      price: 95000,
      stock: 10,
    },
  ],
  wanayasa: [
    {
      title: 'Kopi Arabika Wanayasa 250 g',
      category: 'minuman',
      description:
        'Biji kopi arabika dari lereng Gunung Burangrang, disangrai sedang, aroma buah dan gula aren.',
      price: 85000,
      stock: 30,
    },
    {
      title: 'Teh Hijau Pegunungan 100 g',
      category: 'minuman',
      description: 'Daun teh hijau petikan kebun rakyat Wanayasa, dikeringkan tanpa pengawet.',
      price: 35000,
      stock: 40,
    },
    {
      title: 'Manggis Segar 1 kg',
      category: 'hasil-tani',
      description: 'Manggis Wanayasa dipetik pagi hari, kulit merah keunguan dan daging putih manis.',
      price: 40000,
      stock: 50,
    },
    {
      title: 'Gula Aren Cetak 500 g',
      category: 'makanan',
      description: 'Gula aren asli dari nira pohon aren, dimasak di tungku kayu oleh petani desa.',
      price: 30000,
      stock: 60,
    },
    {
      title: 'Sirup Kulit Manggis 500 ml',
      category: 'minuman',
      description: 'Sirup dari ekstrak kulit manggis, segar dicampur air dingin atau es.',
      price: 45000,
      stock: 20,
    },
    {
      title: 'Kopi Robusta Bubuk 200 g',
      category: 'minuman',
      description: 'Kopi robusta giling halus, pahit mantap untuk kopi tubruk pagi hari.',
      price: 50000,
      stock: 35,
    },
  ],
  cilegong: [
    {
      title: 'Ikan Nila Segar 1 kg',
      category: 'perikanan',
      description: 'Nila dari keramba jaring apung Waduk Jatiluhur, dibersihkan dan dikemas es.',
      price: 38000,
      stock: 40,
    },
    {
      title: 'Ikan Mas Jatiluhur 1 kg',
      category: 'perikanan',
      description: 'Ikan mas segar hasil budidaya warga Cilegong, cocok dibakar atau dipepes.',
      price: 42000,
      stock: 30,
    },
    {
      title: 'Pepes Ikan Nila Siap Santap',
      category: 'makanan',
      description: 'Pepes nila bumbu kuning dibungkus daun pisang, dikukus, tinggal dihangatkan.',
      price: 25000,
      stock: 25,
    },
    {
      title: 'Keripik Ikan Bilis 250 g',
      category: 'makanan',
      description: 'Keripik ikan bilis khas Jatiluhur, renyah dan gurih untuk camilan.',
      price: 30000,
      stock: 45,
    },
    {
      title: 'Tiket Perahu Keliling Waduk',
      category: 'wisata',
      description: 'Tiket perahu wisata 1 jam mengelilingi Waduk Jatiluhur bersama pemandu desa.',
      price: 50000,
      stock: 100,
    },
    {
      title: 'Ikan Asin Jambal 250 g',
      category: 'perikanan',
      description: 'Jambal roti asin olahan warga, dijemur alami di tepi waduk.',
      price: 45000,
      stock: 20,
    },
  ],
};

function handleOf(slug: string, title: string): string {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${words}`;
}

/** The regency market's categories (handle → name), shared by every village. */
export const DEMO_CATEGORIES: Record<string, string> = {
  kerajinan: 'Kerajinan',
  makanan: 'Makanan',
  minuman: 'Minuman',
  'hasil-tani': 'Hasil Tani',
  perikanan: 'Perikanan',
  wisata: 'Wisata Desa',
  'olahan-desa': 'Olahan Desa',
};

/** A village without a hand-written list still gets five products named after its theme. */
function fromTheme(name: string, theme: string): Omit<DemoProduct, 'handle'>[] {
  return [1, 2, 3, 4, 5].map((n) => ({
    title: `Produk Unggulan Desa ${name} ${n}`,
    category: 'olahan-desa',
    description: `Hasil warga Desa ${name}: ${theme}.`,
    price: 20000 + n * 5000,
    stock: 20,
  }));
}

export function demoProducts(village: { slug: string; name: string; theme: string }): DemoProduct[] {
  const items = catalog[village.slug] ?? fromTheme(village.name, village.theme);
  return items.map((item) => ({ ...item, handle: handleOf(village.slug, item.title) }));
}
