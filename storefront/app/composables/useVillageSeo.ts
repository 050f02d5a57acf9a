import type { VillageProfile } from '#shared/types/content';

/** Title, description, Open Graph image and GovernmentOrganization JSON-LD for a village page. */
export function useVillageSeo(village: () => VillageProfile | null, title?: () => string) {
  const { t } = useI18n();
  const url = { origin: useSiteUrl(), pathname: useRoute().path };
  useSeoMeta({
    title: () => title?.() ?? (village() ? t('village.title', { name: village()!.name }) : ''),
    description: () => village()?.summary ?? '',
    ogTitle: () => title?.() ?? (village() ? t('village.title', { name: village()!.name }) : ''),
    ogDescription: () => village()?.summary ?? '',
    ogImage: () => absolute(village()?.cover?.url ?? village()?.logo?.url, url.origin),
    ogType: 'website',
  });
  useJsonLd(() => {
    const v = village();
    if (!v) return null;
    return {
      '@type': 'GovernmentOrganization',
      name: `Desa ${v.name}`,
      url: `${url.origin}/desa/${v.slug}`,
      logo: absolute(v.logo?.url, url.origin),
      telephone: v.phone ?? undefined,
      address: {
        '@type': 'PostalAddress',
        streetAddress: v.address ?? undefined,
        addressLocality: v.district?.name,
        addressRegion: 'Jawa Barat',
        addressCountry: 'ID',
      },
    };
  });
}

export function absolute(path: string | null | undefined, origin: string): string | undefined {
  if (!path) return undefined;
  return /^https?:/.test(path) ? path : `${origin}${path}`;
}
