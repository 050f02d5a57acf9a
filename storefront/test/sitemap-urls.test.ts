import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../server/utils/cache-storage';
import { mapSitemapContent, mapSitemapProducts } from '../server/utils/sitemap-mappers';
import {
  articleUrls,
  pageUrls,
  parseSitemapName,
  productUrls,
  sectionFiles,
  SITEMAP_CONTENT_TAGS,
  SITEMAP_PRODUCT_TAGS,
  VILLAGE_SUBPAGES,
  type SitemapContent,
} from '../server/utils/sitemap-urls';
import { TaggedCache } from '../server/utils/tagged-cache';

const BASE = 'https://desa.example';
const T1 = '2026-01-01T00:00:00Z';
const T2 = '2026-02-01T00:00:00Z';
const T3 = '2026-03-01T00:00:00Z';

const village = (slug: string, district: string | null, updatedAt = T1) => ({ slug, district, updatedAt });
const district = (slug: string, updatedAt = T1) => ({ slug, updatedAt });
const article = (documentId: string, locale: 'id' | 'en', slug: string, updatedAt = T1) => ({
  documentId,
  village: 'anjun',
  slug,
  locale,
  updatedAt,
});
const content = (over: Partial<SitemapContent> = {}): SitemapContent => ({
  villages: [village('anjun', 'plered', T2), village('cilegong', 'jatiluhur')],
  districts: [district('plered'), district('jatiluhur')],
  articles: [],
  ...over,
});
const hreflangs = (u: { alternates: { hreflang: string; href: string }[] }) =>
  Object.fromEntries(u.alternates.map((a) => [a.hreflang, a.href]));

describe('pages sitemap', () => {
  it('given villages and kecamatan, when listed, then portal, lapak, kecamatan and every sub-page in both languages', () => {
    // When
    const urls = pageUrls(BASE, content(), T3);
    const locs = urls.map((u) => u.loc);
    // Then
    expect(locs).toEqual(
      expect.arrayContaining([
        `${BASE}/`,
        `${BASE}/en`,
        `${BASE}/lapak`,
        `${BASE}/en/lapak`,
        `${BASE}/kecamatan/plered`,
        `${BASE}/en/kecamatan/plered`,
        `${BASE}/desa/anjun`,
        `${BASE}/en/desa/anjun/transparansi`,
        `${BASE}/desa/cilegong/lapak`,
      ]),
    );
    expect(urls).toHaveLength(2 * (2 + 2 + 2 * VILLAGE_SUBPAGES.length));
    expect(new Set(locs).size).toBe(locs.length);
  });

  it('given update times, when listed, then each page has the time of what it shows', () => {
    // Given Anjun (Plered) changed at T2 and an article at T3
    const urls = pageUrls(BASE, content({ articles: [article('a1', 'id', 'festival', T3)] }), null);
    const lastmod = (loc: string) => urls.find((u) => u.loc === BASE + loc)?.lastmod;
    // Then
    expect(lastmod('/')).toBe(T3);
    expect(lastmod('/lapak')).toBeNull();
    expect(lastmod('/kecamatan/plered')).toBe(T2);
    expect(lastmod('/kecamatan/jatiluhur')).toBe(T1);
    expect(lastmod('/desa/anjun/profil')).toBe(T2);
    expect(lastmod('/en/desa/anjun/profil')).toBe(T2);
    expect(lastmod('/desa/cilegong')).toBe(T1);
  });

  it('given a page, when listed, then both language URLs name id, en and x-default (Indonesian)', () => {
    const urls = pageUrls(BASE, content(), T3).filter((u) => u.loc.endsWith('/desa/anjun/berita'));
    expect(urls.map((u) => u.loc)).toEqual([`${BASE}/desa/anjun/berita`, `${BASE}/en/desa/anjun/berita`]);
    for (const u of urls) {
      expect(hreflangs(u)).toEqual({
        id: `${BASE}/desa/anjun/berita`,
        en: `${BASE}/en/desa/anjun/berita`,
        'x-default': `${BASE}/desa/anjun/berita`,
      });
    }
  });
});

describe('articles sitemap', () => {
  it('given a translated article, when listed, then each language has its own slug, lastmod and both alternates', () => {
    // When
    const urls = articleUrls(BASE, [
      article('a1', 'id', 'panen-raya', T1),
      article('a1', 'en', 'harvest', T2),
    ]);
    // Then
    expect(urls.map((u) => [u.loc, u.lastmod])).toEqual([
      [`${BASE}/desa/anjun/berita/panen-raya`, T1],
      [`${BASE}/en/desa/anjun/berita/harvest`, T2],
    ]);
    expect(hreflangs(urls[1]!)).toEqual({
      id: `${BASE}/desa/anjun/berita/panen-raya`,
      en: `${BASE}/en/desa/anjun/berita/harvest`,
      'x-default': `${BASE}/desa/anjun/berita/panen-raya`,
    });
  });

  it('given untranslated articles, when listed, then only the versions that exist are named', () => {
    // When
    const urls = articleUrls(BASE, [article('a1', 'id', 'hanya-id'), article('a2', 'en', 'english-only')]);
    // Then
    expect(urls.map((u) => u.loc)).toEqual([
      `${BASE}/desa/anjun/berita/hanya-id`,
      `${BASE}/en/desa/anjun/berita/english-only`,
    ]);
    expect(hreflangs(urls[0]!)).toEqual({
      id: `${BASE}/desa/anjun/berita/hanya-id`,
      'x-default': `${BASE}/desa/anjun/berita/hanya-id`,
    });
    expect(hreflangs(urls[1]!)).toEqual({
      en: `${BASE}/en/desa/anjun/berita/english-only`,
      'x-default': `${BASE}/en/desa/anjun/berita/english-only`,
    });
  });
});

describe('products sitemap', () => {
  it('given products, when listed, then /desa/<village>/lapak/<handle> in both languages, odd handles encoded', () => {
    const urls = productUrls(BASE, [
      { village: 'anjun', handle: 'guci-besar', updatedAt: T2 },
      { village: 'anjun', handle: 'a b/c', updatedAt: null },
    ]);
    expect(urls.map((u) => [u.loc, u.lastmod])).toEqual([
      [`${BASE}/desa/anjun/lapak/guci-besar`, T2],
      [`${BASE}/en/desa/anjun/lapak/guci-besar`, T2],
      [`${BASE}/desa/anjun/lapak/a%20b%2Fc`, null],
      [`${BASE}/en/desa/anjun/lapak/a%20b%2Fc`, null],
    ]);
  });
});

describe('sitemap files', () => {
  it('given more URLs than a file holds, when split, then numbered files of at most that many', () => {
    // Given 5 products → 10 URLs, with a file size of 4 instead of 50,000
    const urls = productUrls(
      BASE,
      Array.from({ length: 5 }, (_, i) => ({ village: 'anjun', handle: `p${i}`, updatedAt: T1 })),
    );
    // When
    const files = sectionFiles('products', urls, 4);
    // Then
    expect(files.map((f) => [f.name, f.urls.length])).toEqual([
      ['products-1.xml', 4],
      ['products-2.xml', 4],
      ['products-3.xml', 2],
    ]);
    expect(files.flatMap((f) => f.urls)).toEqual(urls);
    expect(sectionFiles('articles', [])).toEqual([]);
  });

  it('given a file name from a URL, when parsed, then only our names are accepted', () => {
    expect(parseSitemapName('articles-12.xml')).toEqual({ section: 'articles', number: 12 });
    expect(parseSitemapName('pages-1.xml')).toEqual({ section: 'pages', number: 1 });
    for (const bad of [
      'articles-0.xml',
      'pages.xml',
      'products-1.xml.gz',
      '../products-1.xml',
      'x-1.xml',
      null,
    ]) {
      expect(parseSitemapName(bad), String(bad)).toBeNull();
    }
  });
});

describe('sitemap data from the backends', () => {
  it("given the backends' answers, when mapped, then entries without a URL are dropped and dates normalized", () => {
    // Given
    const strapi = {
      data: {
        villages: [
          { slug: 'anjun', district: 'plered', updatedAt: '2026-01-01T00:00:00.000Z' },
          { slug: '' },
        ],
        districts: [{ slug: 'plered', updatedAt: '2026-01-01T00:00:00.000Z' }],
        articles: [
          {
            documentId: 'a1',
            village: 'anjun',
            slug: 's',
            locale: 'id',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
          { documentId: 'a2', village: 'anjun', slug: 's', locale: 'fr', updatedAt: null },
          { documentId: 'a3', village: null, slug: 's', locale: 'id', updatedAt: null },
        ],
      },
    };
    const medusa = {
      products: [{ village: 'anjun', handle: 'guci', updated_at: '2026-01-01T00:00:00.000Z' }, {}],
    };
    // When / Then
    expect(mapSitemapContent(strapi)).toEqual({
      villages: [{ slug: 'anjun', district: 'plered', updatedAt: T1 }],
      districts: [{ slug: 'plered', updatedAt: T1 }],
      articles: [{ documentId: 'a1', village: 'anjun', slug: 's', locale: 'id', updatedAt: T1 }],
    });
    expect(mapSitemapProducts(medusa)).toEqual([{ village: 'anjun', handle: 'guci', updatedAt: T1 }]);
  });

  it.each([
    ['a publish in Strapi', ['village:anjun', 'news', 'portal'], SITEMAP_CONTENT_TAGS],
    ['a kecamatan edit', ['district:plered', 'portal'], SITEMAP_CONTENT_TAGS],
    ['a village-owned entry', ['village:anjun'], SITEMAP_CONTENT_TAGS],
    ['a product change in Medusa', ['products:anjun', 'portal'], SITEMAP_PRODUCT_TAGS],
  ])('given the cached sitemap data, when %s is purged, then it is loaded again', async (_, purged, tags) => {
    // Given
    let now = 1000;
    const cache = new TaggedCache(new MemoryStorage(), () => now);
    let loads = 0;
    const load = async () => ({ value: ++loads });
    const options = { tags, maxAge: 60_000, swr: 60_000 };
    await cache.get('sitemap', options, load);
    // When
    now += 1;
    await cache.purge(purged);
    now += 1;
    // Then
    expect(await cache.get('sitemap', options, load)).toBe(2);
  });
});
