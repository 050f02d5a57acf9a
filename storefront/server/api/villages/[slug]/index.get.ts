import type { VillagePage } from '#shared/types/pages';

export default defineEventHandler(async (event): Promise<VillagePage> => {
  const slug = requireSlug(getRouterParam(event, 'slug'), 'Desa');
  try {
    return await villagePage(slug, localeOf(getQuery(event).locale));
  } catch (error) {
    throw toHttpError(error, 'Desa');
  }
});
