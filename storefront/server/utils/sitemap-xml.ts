// Sitemap XML (sitemaps.org 0.9, with the xhtml:link alternates search engines read as hreflang).
// Pure functions, so chunking, escaping and dates are proven without a server.

/** The protocol's limit of URLs in one sitemap file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export type Hreflang = 'id' | 'en' | 'x-default';

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  alternates: { hreflang: Hreflang; href: string }[];
}

/** One child sitemap as the index names it. */
export interface SitemapRef {
  loc: string;
  lastmod: string | null;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A backend's update time as a W3C datetime in UTC (no milliseconds); null when it is not a date. */
export function w3cDate(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The latest of some W3C datetimes (all UTC in one format, so they order as strings). */
export function newestDate(dates: (string | null)[]): string | null {
  return dates.reduce<string | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}

export function chunkUrls<T>(items: T[], size: number = MAX_URLS_PER_SITEMAP): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

const lastmodTag = (lastmod: string | null) => (lastmod ? `<lastmod>${lastmod}</lastmod>` : '');

export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => {
      const links = url.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
        .join('');
      return `<url><loc>${escapeXml(url.loc)}</loc>${lastmodTag(url.lastmod)}${links}</url>`;
    })
    .join('\n');
  return `${XML_HEAD}<urlset xmlns="${NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

export function sitemapIndexXml(refs: SitemapRef[]): string {
  const body = refs
    .map((ref) => `<sitemap><loc>${escapeXml(ref.loc)}</loc>${lastmodTag(ref.lastmod)}</sitemap>`)
    .join('\n');
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${body}\n</sitemapindex>\n`;
}
