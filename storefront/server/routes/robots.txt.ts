export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  const base = useStorefrontConfig().publicUrl;
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /keranjang',
    'Disallow: /checkout/',
    'Disallow: /pesanan/',
    'Disallow: /en/keranjang',
    'Disallow: /en/checkout/',
    'Disallow: /en/pesanan/',
    '',
    // The sitemap index; it names the child sitemaps (pages, articles, products).
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n');
});
