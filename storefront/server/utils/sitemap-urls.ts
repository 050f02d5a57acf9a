// Which public URLs the sitemaps list, in both languages, and how they are split into files.
// Pure: the backends' published content in, sitemap URLs out.
import { chunkUrls, MAX_URLS_PER_SITEMAP, newestDate, type SitemapUrl } from './sitemap-xml';

export type SitemapLocale = 'id' | 'en';

/** Published Strapi content (the plugin's GET /api/webdesaku/sitemap), update times as W3C dates. */
export interface SitemapContent {
  villages: { slug: string; district: string | null; updatedAt: string | null }[];
  districts: { slug: string; updatedAt: string | null }[];
  /** One entry per language version; versions of one article share its documentId. */
  articles: {
    documentId: string;
    village: string;
    slug: string;
    locale: SitemapLocale;
    updatedAt: string | null;
  }[];
}

/** Published products of active villages (the Medusa plugin's GET /webdesaku/sitemap/products). */
export interface SitemapProduct {
  village: string;
  handle: string;
  updatedAt: string | null;
}

/** Purge families that reach each cached piece (docs/contracts.md "cache purge"). */
export const SITEMAP_CONTENT_TAGS = ['village', 'district', 'news', 'portal'];
export const SITEMAP_PRODUCT_TAGS = ['products', 'village'];

export const VILLAGE_SUBPAGES = [
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

export const SITEMAP_SECTIONS = ['pages', 'articles', 'products'] as const;
export type SitemapSection = (typeof SITEMAP_SECTIONS)[number];

type Version = { locale: SitemapLocale; path: string; lastmod: string | null };

const seg = encodeURIComponent;
// Indonesian is the default language and has no prefix (i18n strategy prefix_except_default).
const localized = (locale: SitemapLocale, path: string) =>
  locale === 'id' ? path : `/en${path === '/' ? '' : path}`;

/** One URL per existing language version, each naming every version, and x-default the Indonesian one. */
function versionUrls(base: string, versions: Version[]): SitemapUrl[] {
  const href = (v: Version) => base + localized(v.locale, v.path);
  const fallback = versions.find((v) => v.locale === 'id') ?? versions[0];
  if (!fallback) return [];
  const alternates = [
    ...versions.map((v) => ({ hreflang: v.locale, href: href(v) })),
    { hreflang: 'x-default' as const, href: href(fallback) },
  ];
  return versions.map((v) => ({ loc: href(v), lastmod: v.lastmod, alternates }));
}

/** Pages rendered in both languages from the same content. */
const bothLanguages = (base: string, path: string, lastmod: string | null) =>
  versionUrls(base, [
    { locale: 'id', path, lastmod },
    { locale: 'en', path, lastmod },
  ]);

/**
 * The portal (newest of all content), the regency lapak (newest product; null when Medusa could not
 * tell), each kecamatan (itself or its villages) and every village's sub-pages (the village's time).
 */
export function pageUrls(base: string, content: SitemapContent, lapakLastmod: string | null): SitemapUrl[] {
  const { villages, districts, articles } = content;
  const portal = newestDate([...villages, ...districts, ...articles].map((x) => x.updatedAt));
  return [
    ...bothLanguages(base, '/', portal),
    ...bothLanguages(base, '/lapak', lapakLastmod),
    ...districts.flatMap((d) => {
      const own = villages.filter((v) => v.district === d.slug).map((v) => v.updatedAt);
      return bothLanguages(base, `/kecamatan/${seg(d.slug)}`, newestDate([d.updatedAt, ...own]));
    }),
    ...villages.flatMap((v) =>
      VILLAGE_SUBPAGES.flatMap((sub) => bothLanguages(base, `/desa/${seg(v.slug)}${sub}`, v.updatedAt)),
    ),
  ];
}

/** Each language has its own slug; an article not translated has no English URL to name. */
export function articleUrls(base: string, articles: SitemapContent['articles']): SitemapUrl[] {
  const byDocument = new Map<string, Version[]>();
  for (const a of articles) {
    const versions = byDocument.get(a.documentId) ?? [];
    versions.push({
      locale: a.locale,
      path: `/desa/${seg(a.village)}/berita/${seg(a.slug)}`,
      lastmod: a.updatedAt,
    });
    byDocument.set(a.documentId, versions);
  }
  return [...byDocument.values()].flatMap((versions) => versionUrls(base, versions));
}

export function productUrls(base: string, products: SitemapProduct[]): SitemapUrl[] {
  return products.flatMap((p) =>
    bothLanguages(base, `/desa/${seg(p.village)}/lapak/${seg(p.handle)}`, p.updatedAt),
  );
}

export interface SitemapFile {
  name: string;
  urls: SitemapUrl[];
}

/** A section's child sitemaps: `<section>-1.xml`, `-2.xml`, … of at most `size` URLs; none when empty. */
export function sectionFiles(
  section: SitemapSection,
  urls: SitemapUrl[],
  size = MAX_URLS_PER_SITEMAP,
): SitemapFile[] {
  return chunkUrls(urls, size).map((part, i) => ({ name: `${section}-${i + 1}.xml`, urls: part }));
}

const FILE_NAME = /^(pages|articles|products)-([1-9]\d{0,5})\.xml$/;

/** `articles-2.xml` → the section and the 1-based file number; null for any other name. */
export function parseSitemapName(name: unknown): { section: SitemapSection; number: number } | null {
  const match = typeof name === 'string' ? FILE_NAME.exec(name) : null;
  return match ? { section: match[1] as SitemapSection, number: Number(match[2]) } : null;
}
