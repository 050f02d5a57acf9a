// One child sitemap of the index: /sitemap/<pages|articles|products>-<n>.xml.
export default defineEventHandler(async (event) => {
  const wanted = parseSitemapName(getRouterParam(event, 'file'));
  if (!wanted) throw notFound('Sitemap');
  const base = useStorefrontConfig().publicUrl;
  let file: SitemapFile | undefined;
  try {
    file = sectionFiles(wanted.section, await sitemapSectionUrls(wanted.section, base))[wanted.number - 1];
  } catch (error) {
    throw toHttpError(error, 'Sitemap');
  }
  if (!file) throw notFound('Sitemap');
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  return urlsetXml(file.urls);
});
