/**
 * Believable demo facts per demo village. Villages listed in data.json without an
 * entry here get a generic profile built from their theme.
 */
export type VillageFacts = {
  headName: string;
  population: number;
  areaKm2: number;
  hamletCount: number;
  latitude: number;
  longitude: number;
  history: string;
  potentials: { title: string; category: string; body: string; en: string }[];
  articles: { title: string; en: string; category: string; excerpt: string; body: string[] }[];
};

const FACTS: Record<string, VillageFacts> = {
  anjun: {
    headName: 'H. Dedi Suryana',
    population: 6840,
    areaKm2: 2.35,
    hamletCount: 4,
    latitude: -6.6312,
    longitude: 107.3867,
    history:
      'Anjun dikenal sebagai pusat gerabah Plered sejak masa kolonial. Keterampilan membentuk tanah liat diwariskan turun-temurun dan kini menjadi sumber penghidupan ratusan keluarga.',
    potentials: [
      {
        title: 'Sentra Gerabah dan Keramik Hias',
        category: 'kerajinan',
        body: 'Lebih dari 200 perajin membuat guci, pot, vas dan keramik hias yang dipasarkan hingga ke luar negeri.',
        en: 'Pottery and decorative ceramics centre',
      },
      {
        title: 'Wisata Edukasi Membuat Gerabah',
        category: 'wisata',
        body: 'Pengunjung dapat belajar memutar tanah liat dan membakar karya sendiri bersama perajin setempat.',
        en: 'Hands-on pottery tourism',
      },
      {
        title: 'Kuliner Sate Maranggi',
        category: 'kuliner',
        body: 'Warung sate maranggi di sepanjang jalan desa ramai dikunjungi wisatawan pada akhir pekan.',
        en: 'Sate maranggi culinary stalls',
      },
    ],
    articles: [
      {
        title: 'Pameran Gerabah Anjun Tarik Ribuan Pengunjung',
        en: 'Anjun pottery fair draws thousands',
        category: 'ekonomi',
        excerpt: 'Pameran tahunan perajin gerabah kembali digelar di balai desa.',
        body: [
          'Pameran gerabah tahunan Desa Anjun berlangsung selama tiga hari di halaman balai desa.',
          'Sebanyak 45 perajin memamerkan guci, vas dan pot hias. Transaksi selama pameran tercatat lebih dari Rp 180.000.000.',
        ],
      },
      {
        title: 'Pelatihan Glasir Ramah Lingkungan bagi Perajin Muda',
        en: 'Eco-friendly glazing training for young potters',
        category: 'pendidikan',
        excerpt: 'Tiga puluh perajin muda belajar teknik glasir tanpa timbal.',
        body: [
          'Pemerintah desa bekerja sama dengan UPTD Keramik menggelar pelatihan glasir tanpa timbal.',
          'Teknik ini membuat produk lebih aman untuk peralatan makan dan memenuhi syarat ekspor.',
        ],
      },
      {
        title: 'Perbaikan Jalan Lingkungan RW 03 Rampung',
        en: 'Neighbourhood road repair in RW 03 completed',
        category: 'pembangunan',
        excerpt: 'Jalan sepanjang 450 meter kini sudah dibeton.',
        body: [
          'Pembangunan jalan lingkungan RW 03 sepanjang 450 meter selesai tepat waktu.',
          'Pekerjaan dibiayai Dana Desa dan dikerjakan secara padat karya oleh warga setempat.',
        ],
      },
    ],
  },
  wanayasa: {
    headName: 'Asep Saepudin',
    population: 7215,
    areaKm2: 6.8,
    hamletCount: 5,
    latitude: -6.6956,
    longitude: 107.5633,
    history:
      'Wanayasa pernah menjadi ibu kota Kabupaten Karawang pada abad ke-19. Udaranya sejuk dan lerengnya ditanami kopi, teh dan manggis sejak dahulu.',
    potentials: [
      {
        title: 'Kopi Arabika Lereng Burangrang',
        category: 'agro',
        body: 'Kebun kopi rakyat seluas 120 hektare menghasilkan kopi arabika dengan cita rasa buah.',
        en: 'Arabica coffee from the Burangrang slopes',
      },
      {
        title: 'Manggis dan Gula Aren',
        category: 'agro',
        body: 'Manggis Wanayasa dan gula aren cetak dijual langsung oleh kelompok tani.',
        en: 'Mangosteen and palm sugar',
      },
      {
        title: 'Situ Wanayasa',
        category: 'wisata',
        body: 'Danau kecil dengan pulau di tengahnya, cocok untuk bersepeda dan menikmati kuliner sore.',
        en: 'Wanayasa lake',
      },
    ],
    articles: [
      {
        title: 'Panen Raya Manggis, Harga di Tingkat Petani Naik',
        en: 'Mangosteen harvest lifts farm-gate prices',
        category: 'ekonomi',
        excerpt: 'Kelompok tani menjual manggis langsung ke pembeli lewat toko desa.',
        body: [
          'Panen raya manggis tahun ini menghasilkan sekitar 85 ton buah.',
          'Penjualan langsung lewat toko desa membuat harga di tingkat petani naik hingga 20 persen.',
        ],
      },
      {
        title: 'Festival Kopi Wanayasa Digelar di Tepi Situ',
        en: 'Wanayasa coffee festival by the lake',
        category: 'budaya',
        excerpt: 'Barista dan petani kopi bertemu dalam festival dua hari.',
        body: [
          'Festival kopi menghadirkan 20 stan petani dan pelaku usaha kopi.',
          'Pengunjung dapat mencicipi kopi arabika dan robusta dari kebun warga.',
        ],
      },
      {
        title: 'Posyandu Remaja Dibentuk di Setiap Dusun',
        en: 'Youth health posts in every hamlet',
        category: 'kesehatan',
        excerpt: 'Lima posyandu remaja kini aktif setiap bulan.',
        body: [
          'Pemerintah desa membentuk posyandu remaja di lima dusun.',
          'Kegiatan meliputi pemeriksaan tekanan darah, penyuluhan gizi dan pencegahan anemia.',
        ],
      },
    ],
  },
  cilegong: {
    headName: 'Ujang Rohman',
    population: 5390,
    areaKm2: 4.1,
    hamletCount: 4,
    latitude: -6.5327,
    longitude: 107.3825,
    history:
      'Cilegong berada di tepi Waduk Jatiluhur. Sejak waduk dibangun pada 1960-an, warga beralih dari bertani sawah ke budidaya ikan air tawar dan jasa wisata.',
    potentials: [
      {
        title: 'Budidaya Ikan Nila dan Mas',
        category: 'perikanan',
        body: 'Keramba jaring apung dan kolam warga menghasilkan ikan nila dan ikan mas segar setiap hari.',
        en: 'Tilapia and carp farming',
      },
      {
        title: 'Wisata Perahu Waduk Jatiluhur',
        category: 'wisata',
        body: 'Perahu wisata mengantar pengunjung menikmati pemandangan waduk dan perbukitan.',
        en: 'Boat trips on Jatiluhur reservoir',
      },
      {
        title: 'Pepes dan Ikan Bakar',
        category: 'kuliner',
        body: 'Warung apung menyajikan pepes ikan dan ikan bakar khas tepi waduk.',
        en: 'Grilled and steamed fish',
      },
    ],
    articles: [
      {
        title: 'Kelompok Pembudidaya Ikan Terima Bantuan Benih',
        en: 'Fish farmers receive fingerlings',
        category: 'ekonomi',
        excerpt: 'Seratus ribu benih nila dibagikan kepada delapan kelompok.',
        body: [
          'Dinas Perikanan menyerahkan 100.000 benih ikan nila kepada delapan kelompok pembudidaya.',
          'Bantuan ini diharapkan menambah produksi hingga 30 ton per musim.',
        ],
      },
      {
        title: 'Bersih Waduk Bersama Pemuda Karang Taruna',
        en: 'Youth clean up the reservoir shore',
        category: 'berita',
        excerpt: 'Dua ton sampah plastik diangkat dari tepi waduk.',
        body: [
          'Karang Taruna bersama warga membersihkan tepi waduk sepanjang dua kilometer.',
          'Sampah plastik yang terkumpul dipilah dan dikirim ke bank sampah desa.',
        ],
      },
      {
        title: 'Musyawarah Desa Bahas Rencana Dermaga Wisata',
        en: 'Village meeting discusses a tourist pier',
        category: 'pemerintahan',
        excerpt: 'Warga menyepakati pembangunan dermaga kecil untuk perahu wisata.',
        body: [
          'Musyawarah desa dihadiri BPD, tokoh masyarakat dan pengelola perahu wisata.',
          'Dermaga direncanakan dibangun bertahap mulai tahun depan.',
        ],
      },
    ],
  },
};

export const factsFor = (slug: string, name: string, theme: string): VillageFacts =>
  FACTS[slug] ?? {
    headName: 'Kepala Desa',
    population: 5000,
    areaKm2: 3,
    hamletCount: 4,
    latitude: -6.55,
    longitude: 107.44,
    history: `Desa ${name} tumbuh sebagai desa agraris di Kabupaten Purwakarta dan dikenal dengan ${theme}.`,
    potentials: [
      {
        title: `Potensi ${theme}`,
        category: 'umkm',
        body: `Warga Desa ${name} mengembangkan ${theme}.`,
        en: `${name} potential`,
      },
    ],
    articles: [1, 2, 3].map((n) => ({
      title: `Kabar Desa ${name} Pekan ${n}`,
      en: `${name} village news, week ${n}`,
      category: 'berita',
      excerpt: `Ringkasan kegiatan Desa ${name}.`,
      body: [`Pemerintah Desa ${name} melaporkan kegiatan pekan ke-${n}.`],
    })),
  };
