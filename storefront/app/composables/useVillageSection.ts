import type { VillageProfile } from '#shared/types/content';

/** Data of a village sub-page: the village header plus the section, loaded through our API. */
export async function useVillageSection<T>(
  section: string,
  query: () => Record<string, unknown> = () => ({}),
) {
  const route = useRoute();
  const slug = String(route.params.slug);
  const { data } = await usePageData<{ village: VillageProfile; section: T }>(
    `village-${section}-${slug}`,
    () => `/api/villages/${slug}/${section}`,
    query,
  );
  return { slug, data };
}
