// Villages, their sub-pages and districts (both languages), from Strapi; cached and purged like pages.
const SUBPAGES = [
  '',
  '/profil',
  '/berita',
  '/agenda',
  '/potensi',
  '/transparansi',
  '/layanan',
  '/unduhan',
  '/lapak',
];
const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export default defineEventHandler(async (event) => {
  const base = useStorefrontConfig().publicUrl;
  try {
    const xml = await cachedData('sitemap', ['village', 'district', 'portal'], async () => {
      const districts = await useStrapi().districts();
      const paths = [
        '/',
        ...districts.flatMap((d) => [
          `/kecamatan/${d.slug}`,
          ...d.villages.flatMap((v) => SUBPAGES.map((p) => `/desa/${v.slug}${p}`)),
        ]),
      ];
      const urls = paths.flatMap((p) => [p, `/en${p === '/' ? '' : p}`]);
      const body = urls.map((p) => `<url><loc>${escapeXml(base + p)}</loc></url>`).join('');
      return {
        value: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`,
      };
    });
    setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
    return xml;
  } catch (error) {
    throw toHttpError(error);
  }
});
