import { describe, expect, it } from 'vitest';
import {
  chunkUrls,
  MAX_URLS_PER_SITEMAP,
  newestDate,
  sitemapIndexXml,
  urlsetXml,
  w3cDate,
  type SitemapUrl,
} from '../server/utils/sitemap-xml';

const url = (loc: string, lastmod: string | null = '2026-11-20T03:00:00Z'): SitemapUrl => ({
  loc,
  lastmod,
  alternates: [{ hreflang: 'id', href: loc }],
});

describe('sitemap XML', () => {
  it('given a URL with alternates, when written, then loc, lastmod and xhtml:link hreflang are there', () => {
    // Given
    const entry: SitemapUrl = {
      loc: 'https://desa.example/desa/anjun',
      lastmod: '2026-11-20T03:00:00Z',
      alternates: [
        { hreflang: 'id', href: 'https://desa.example/desa/anjun' },
        { hreflang: 'en', href: 'https://desa.example/en/desa/anjun' },
        { hreflang: 'x-default', href: 'https://desa.example/desa/anjun' },
      ],
    };
    // When
    const xml = urlsetXml([entry]);
    // Then
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    );
    expect(xml).toContain(
      '<url><loc>https://desa.example/desa/anjun</loc><lastmod>2026-11-20T03:00:00Z</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="id" href="https://desa.example/desa/anjun"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://desa.example/en/desa/anjun"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://desa.example/desa/anjun"/></url>',
    );
  });

  it('given markup in a URL, when written, then it is escaped in loc and href alike', () => {
    // Given a URL a backend could hand us with characters that mean something in XML
    const loc = `https://desa.example/desa/a?x=1&y=<script>"'`;
    // When
    const xml = urlsetXml([url(loc)]);
    // Then
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<loc>https://desa.example/desa/a?x=1&#38;y=&#60;script&#62;&#34;&#39;</loc>');
    expect(xml).toContain('href="https://desa.example/desa/a?x=1&#38;y=&#60;script&#62;&#34;&#39;"');
  });

  it('given no update time, when written, then the URL has no lastmod (it is optional)', () => {
    expect(urlsetXml([url('https://desa.example/lapak', null)])).not.toContain('<lastmod>');
  });

  it('given child sitemaps, when the index is written, then each has its loc and lastmod', () => {
    // When
    const xml = sitemapIndexXml([
      { loc: 'https://desa.example/sitemap/pages-1.xml', lastmod: '2026-11-20T03:00:00Z' },
      { loc: 'https://desa.example/sitemap/products-1.xml', lastmod: null },
    ]);
    // Then
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      '<sitemap><loc>https://desa.example/sitemap/pages-1.xml</loc><lastmod>2026-11-20T03:00:00Z</lastmod></sitemap>',
    );
    expect(xml).toContain('<sitemap><loc>https://desa.example/sitemap/products-1.xml</loc></sitemap>');
  });
});

describe('sitemap dates and chunks', () => {
  it('given backend times, when normalized, then W3C UTC datetimes without milliseconds, or null', () => {
    expect(w3cDate('2026-11-20T03:00:00.123Z')).toBe('2026-11-20T03:00:00Z');
    expect(w3cDate('2026-11-20T10:00:00+07:00')).toBe('2026-11-20T03:00:00Z');
    expect(w3cDate(new Date(Date.UTC(2026, 0, 2)))).toBe('2026-01-02T00:00:00Z');
    expect(w3cDate('bukan tanggal')).toBeNull();
    expect(w3cDate(null)).toBeNull();
    expect(w3cDate(1_700_000_000)).toBeNull();
  });

  it('given dates with gaps, when the newest is asked, then it is the latest, or null when none', () => {
    expect(newestDate(['2026-01-02T00:00:00Z', null, '2026-11-20T03:00:00Z', '2025-12-31T23:59:59Z'])).toBe(
      '2026-11-20T03:00:00Z',
    );
    expect(newestDate([null, null])).toBeNull();
  });

  it('given more URLs than fit in one file, when chunked, then files of at most the size, none empty', () => {
    // Given
    const items = Array.from({ length: 7 }, (_, i) => i);
    // When / Then
    expect(chunkUrls(items, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunkUrls(items, 7)).toEqual([items]);
    expect(chunkUrls([], 3)).toEqual([]);
    expect(() => chunkUrls(items, 0)).toThrow(RangeError);
    expect(MAX_URLS_PER_SITEMAP).toBe(50_000);
  });
});
