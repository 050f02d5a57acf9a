// The backends' sitemap answers in our shape. An entry without its slug or handle is dropped: it
// has no URL to list.
import { arr, obj, str } from './raw';
import type { SitemapContent, SitemapProduct } from './sitemap-urls';
import { w3cDate } from './sitemap-xml';

export function mapSitemapContent(raw: unknown): SitemapContent {
  const data = obj(obj(raw)?.data);
  return {
    villages: arr(data?.villages).flatMap((v) => {
      const slug = str(v, 'slug');
      return slug ? [{ slug, district: str(v, 'district'), updatedAt: w3cDate(v.updatedAt) }] : [];
    }),
    districts: arr(data?.districts).flatMap((d) => {
      const slug = str(d, 'slug');
      return slug ? [{ slug, updatedAt: w3cDate(d.updatedAt) }] : [];
    }),
    articles: arr(data?.articles).flatMap((a) => {
      const [documentId, village, slug, locale] = [
        str(a, 'documentId'),
        str(a, 'village'),
        str(a, 'slug'),
        str(a, 'locale'),
      ];
      if (!documentId || !village || !slug || (locale !== 'id' && locale !== 'en')) return [];
      return [{ documentId, village, slug, locale, updatedAt: w3cDate(a.updatedAt) }];
    }),
  };
}

export function mapSitemapProducts(raw: unknown): SitemapProduct[] {
  return arr(obj(raw)?.products).flatMap((p) => {
    const [village, handle] = [str(p, 'village'), str(p, 'handle')];
    return village && handle ? [{ village, handle, updatedAt: w3cDate(p.updated_at) }] : [];
  });
}
