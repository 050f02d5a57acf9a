export default defineEventHandler(async (event) => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  const name = getRouterParam(event, 'section') ?? '';
  if (!isSection(name)) throw notFound();
  const query = getQuery(event);
  const locale = localeOf(query.locale);
  const page = pageParam(query.page);
  try {
    const { village, section } = await villageSection(slug, locale, `${name}:${page}`, () =>
      SECTIONS[name]!(useStrapi(), slug, locale, page),
    );
    return { village, section };
  } catch (error) {
    throw toHttpError(error, 'Desa');
  }
});
