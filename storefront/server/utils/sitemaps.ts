// The sitemaps' data: one compact call per backend, cached under the tags the backends' purges
// hit (a publish in Strapi, a product change in Medusa), so a sitemap changes with the pages.
import { cachedData } from './data-cache';
import { useMedusa } from './medusa';
import {
  articleUrls,
  pageUrls,
  productUrls,
  SITEMAP_CONTENT_TAGS,
  SITEMAP_PRODUCT_TAGS,
  type SitemapSection,
} from './sitemap-urls';
import { newestDate, type SitemapUrl } from './sitemap-xml';
import { useStrapi } from './strapi';

const content = () =>
  cachedData('sitemap:content', SITEMAP_CONTENT_TAGS, async () => ({ value: await useStrapi().sitemap() }));
const products = () =>
  cachedData('sitemap:products', SITEMAP_PRODUCT_TAGS, async () => ({
    value: await useMedusa().sitemapProducts(),
  }));

/** A section's URLs; throws when the backend it needs fails (and nothing is cached). */
export async function sitemapSectionUrls(section: SitemapSection, base: string): Promise<SitemapUrl[]> {
  if (section === 'articles') return articleUrls(base, (await content()).articles);
  if (section === 'products') return productUrls(base, await products());
  // The regency lapak's date is the only thing pages need from Medusa: without it, no lastmod.
  const [pages, lapak] = await Promise.all([
    content(),
    products().catch((error: unknown) => {
      console.warn(`[sitemap] products unavailable, /lapak listed without lastmod: ${String(error)}`);
      return [];
    }),
  ]);
  return pageUrls(base, pages, newestDate(lapak.map((p) => p.updatedAt)));
}
