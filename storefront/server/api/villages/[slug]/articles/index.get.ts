export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const query = getQuery(event);
  const locale = localeOf(query.locale);
  const page = pageParam(query.page);
  try {
    const { village, section } = await villageSection(
      slug,
      locale,
      `articles:${page}`,
      () => useStrapi().articles({ village: slug, locale, page, pageSize: 12 }),
      ['news'],
    );
    return { village, articles: section };
  } catch (error) {
    throw toHttpError(error, 'Desa');
  }
});
