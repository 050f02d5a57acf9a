export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const articleSlug = requireSlug(getRouterParam(event, 'article'), 'Berita');
  const locale = localeOf(getQuery(event).locale);
  try {
    const { village, section: article } = await villageSection(
      slug,
      locale,
      `article:${articleSlug}`,
      () => useStrapi().article(slug, articleSlug, locale),
      ['news'],
    );
    if (!article) throw notFound('Berita');
    return { village, article };
  } catch (error) {
    throw toHttpError(error, 'Berita');
  }
});
