// The sitemap index (robots.txt names it): every child sitemap with the newest lastmod of its URLs.
export default defineEventHandler(async (event) => {
  const base = useStorefrontConfig().publicUrl;
  try {
    const sections = await Promise.all(
      SITEMAP_SECTIONS.map(async (section) => sectionFiles(section, await sitemapSectionUrls(section, base))),
    );
    const refs = sections.flat().map((file) => ({
      loc: `${base}/sitemap/${file.name}`,
      lastmod: newestDate(file.urls.map((url) => url.lastmod)),
    }));
    setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
    return sitemapIndexXml(refs);
  } catch (error) {
    throw toHttpError(error, 'Sitemap');
  }
});
