/** Aggregate demo numbers that add up (never personal data). */
export const statisticFor = (population: number) => {
  const male = Math.round(population * 0.505);
  const split = (total: number, shares: number[]) => {
    const parts = shares.map((s) => Math.floor(total * s));
    parts[0] += total - parts.reduce((a, b) => a + b, 0);
    return parts;
  };
  const ages = ['0–14 tahun', '15–24 tahun', '25–44 tahun', '45–64 tahun', '65+ tahun'];
  const ageShares = [0.24, 0.16, 0.31, 0.21, 0.08];
  const m = split(male, ageShares);
  const f = split(population - male, ageShares);
  const adults = Math.round(population * 0.76);
  const edu = split(adults, [0.12, 0.38, 0.26, 0.19, 0.05]);
  const occ = split(adults, [0.3, 0.18, 0.16, 0.12, 0.24]);
  return {
    populationMale: male,
    populationFemale: population - male,
    households: Math.round(population / 3.4),
    byAgeGroup: ages.map((label, i) => ({ label, male: m[i], female: f[i] })),
    byEducation: ['Tidak/belum sekolah', 'SD', 'SMP', 'SMA/SMK', 'Diploma/Sarjana'].map((label, i) => ({
      label,
      count: edu[i],
    })),
    byOccupation: [
      'Petani/pekebun',
      'Perajin/industri rumah tangga',
      'Pedagang',
      'Karyawan swasta',
      'Lainnya/belum bekerja',
    ].map((label, i) => ({ label, count: occ[i] })),
  };
};

export const budgetLines = (population: number) => {
  const scale = population / 6000;
  const r = (n: number) => Math.round((n * scale) / 1000) * 1000;
  return [
    {
      kind: 'pendapatan',
      field: 'Transfer',
      name: 'Dana Desa',
      plannedAmount: r(1_050_000_000),
      realizedAmount: r(840_000_000),
    },
    {
      kind: 'pendapatan',
      field: 'Transfer',
      name: 'Alokasi Dana Desa',
      plannedAmount: r(520_000_000),
      realizedAmount: r(390_000_000),
    },
    {
      kind: 'pendapatan',
      field: 'Pendapatan Asli Desa',
      name: 'Hasil usaha BUMDes',
      plannedAmount: r(45_000_000),
      realizedAmount: r(31_500_000),
    },
    {
      kind: 'belanja',
      field: 'Penyelenggaraan Pemerintahan Desa',
      name: 'Penghasilan tetap dan tunjangan',
      plannedAmount: r(480_000_000),
      realizedAmount: r(360_000_000),
    },
    {
      kind: 'belanja',
      field: 'Pelaksanaan Pembangunan Desa',
      name: 'Pembangunan jalan lingkungan',
      plannedAmount: r(420_000_000),
      realizedAmount: r(305_000_000),
    },
    {
      kind: 'belanja',
      field: 'Pelaksanaan Pembangunan Desa',
      name: 'Posyandu dan kesehatan',
      plannedAmount: r(95_000_000),
      realizedAmount: r(71_000_000),
    },
    {
      kind: 'belanja',
      field: 'Pembinaan Kemasyarakatan',
      name: 'Kegiatan karang taruna dan PKK',
      plannedAmount: r(60_000_000),
      realizedAmount: r(38_000_000),
    },
    {
      kind: 'belanja',
      field: 'Pemberdayaan Masyarakat',
      name: 'Pelatihan UMKM dan pemasaran daring',
      plannedAmount: r(85_000_000),
      realizedAmount: r(52_000_000),
    },
    {
      kind: 'belanja',
      field: 'Penanggulangan Bencana dan Mendesak',
      name: 'Bantuan langsung tunai desa',
      plannedAmount: r(180_000_000),
      realizedAmount: r(135_000_000),
    },
    {
      kind: 'pembiayaan',
      field: 'Penerimaan Pembiayaan',
      name: 'SiLPA tahun sebelumnya',
      plannedAmount: r(75_000_000),
      realizedAmount: r(75_000_000),
    },
    {
      kind: 'pembiayaan',
      field: 'Pengeluaran Pembiayaan',
      name: 'Penyertaan modal BUMDes',
      plannedAmount: r(50_000_000),
      realizedAmount: r(50_000_000),
    },
  ];
};
