/**
 * Indonesian field labels in the Content Manager (schema attribute names stay English).
 * Only labels still equal to Strapi's default (the attribute name) are replaced, so a
 * label changed by an admin in "Configure the view" survives restarts.
 */
import type { Core } from '@strapi/strapi';
import { schemas, uidOf, type TypeName } from '../content-types';

const LABELS: Record<string, string> = {
  name: 'Nama',
  slug: 'Slug (alamat)',
  code: 'Kode',
  district: 'Kecamatan',
  headName: 'Kepala desa',
  address: 'Alamat',
  phone: 'Telepon',
  whatsapp: 'WhatsApp',
  email: 'Email',
  population: 'Jumlah penduduk',
  areaKm2: 'Luas wilayah (km²)',
  hamletCount: 'Jumlah dusun',
  description: 'Deskripsi singkat',
  profile: 'Profil',
  visionMission: 'Visi dan misi',
  history: 'Sejarah',
  logo: 'Logo',
  cover: 'Gambar sampul',
  latitude: 'Lintang',
  longitude: 'Bujur',
  salesChannelId: 'ID kanal penjualan (otomatis)',
  publishableKey: 'Kunci toko (otomatis)',
  provisioningStatus: 'Status toko (otomatis)',
  editors: 'Editor desa',
  position: 'Jabatan',
  photo: 'Foto',
  displayOrder: 'Urutan tampil',
  village: 'Desa',
  title: 'Judul',
  excerpt: 'Ringkasan',
  body: 'Isi',
  category: 'Kategori',
  validFrom: 'Berlaku mulai',
  validUntil: 'Berlaku sampai',
  startsAt: 'Mulai',
  endsAt: 'Selesai',
  place: 'Tempat',
  images: 'Foto',
  year: 'Tahun',
  populationMale: 'Penduduk laki-laki',
  populationFemale: 'Penduduk perempuan',
  households: 'Jumlah KK',
  byAgeGroup: 'Menurut kelompok umur',
  byEducation: 'Menurut pendidikan',
  byOccupation: 'Menurut pekerjaan',
  lineItems: 'Rincian anggaran',
  report: 'Dokumen APBDes (PDF)',
  file: 'Berkas',
  publishedDate: 'Tanggal terbit',
  requirements: 'Persyaratan',
  steps: 'Alur layanan',
  regencyName: 'Nama kabupaten',
  tagline: 'Slogan',
  contactEmail: 'Email kontak',
  contactPhone: 'Telepon kontak',
  socialLinks: 'Media sosial',
};

const MAIN_FIELD: Partial<Record<TypeName, string>> = {
  service: 'name',
  official: 'name',
  district: 'name',
  village: 'name',
  statistic: 'year',
  budget: 'year',
};

export const applyLabels = async (strapi: Core.Strapi) => {
  const service = strapi.plugin('content-manager').service('content-types');
  for (const name of Object.keys(schemas) as TypeName[]) {
    const contentType = service.findContentType(uidOf(name));
    if (!contentType) continue;
    const config = await service.findConfiguration(contentType);
    let changed = false;
    for (const [field, meta] of Object.entries(config.metadatas ?? {}) as [string, any][]) {
      const label = LABELS[field];
      if (!label) continue;
      for (const view of ['edit', 'list']) {
        if (meta[view] && meta[view].label === field) {
          meta[view].label = label;
          changed = true;
        }
      }
    }
    const main = MAIN_FIELD[name] ?? 'title';
    if (config.settings && config.settings.mainField === 'id' && contentType.attributes[main]) {
      config.settings.mainField = main;
      changed = true;
    }
    if (changed)
      await service.updateConfiguration(contentType, {
        settings: config.settings,
        metadatas: config.metadatas,
        layouts: config.layouts,
      });
  }
};
