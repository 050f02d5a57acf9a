import { describe, expect, it } from 'vitest';
import { mapVillageHome } from '../server/utils/strapi';
import { groupDistricts, mapArticle, mapBudgetFromLines, mapMedia } from '../server/utils/strapi-mappers';
import { strapiHome } from './factories';

describe('Strapi village home → page model', () => {
  it('given the plugin home endpoint, when mapped, then every section has our field names', () => {
    const page = mapVillageHome(strapiHome());
    expect(page.village).toMatchObject({
      slug: 'anjun',
      name: 'Anjun',
      district: { slug: 'plered', name: 'Plered' },
      headName: 'Ujang Sopandi',
      summary: 'Sentra gerabah Plered.',
    });
    expect(page.officials).toEqual([{ name: 'Siti', position: 'Sekretaris Desa', photo: null }]);
    expect(page.articles[0]).toMatchObject({
      slug: 'festival-gerabah',
      title: 'Festival Gerabah',
      publishedAt: '2026-11-20T03:00:00.000Z',
    });
    expect(page.events[0]).toMatchObject({ title: 'Musdes', location: 'Balai Desa' });
    expect(page.potentials[0]?.image?.url).toBe('/media/cms/uploads/g.jpg');
    expect(page.population).toEqual({
      year: 2025,
      total: 4100,
      households: 1200,
      groups: [{ label: '0-14', male: 500, female: 480 }],
    });
    expect(page.budget).toEqual({
      year: 2025,
      lines: [{ kind: 'Pendapatan', planned: 1500, realized: 1200 }],
      document: '/media/cms/uploads/apbdes.pdf',
    });
  });

  it('given missing sections, then the page still maps with empty lists instead of failing', () => {
    const page = mapVillageHome({ data: { village: { name: 'Baru', slug: 'baru' } } });
    expect(page.village.name).toBe('Baru');
    expect(page.articles).toEqual([]);
    expect(page.population).toBeNull();
    expect(page.budget).toBeNull();
  });

  it('given Strapi media, then URLs go through our /media proxy and the requested format is used', () => {
    const logo = strapiHome().data.village.logo;
    expect(mapMedia(logo, 'thumbnail')).toMatchObject({
      url: '/media/cms/uploads/thumbnail_logo.png',
      alt: 'Logo Anjun',
      width: 156,
      height: 156,
    });
    expect(mapMedia(logo, 'large')?.url).toBe('/media/cms/uploads/logo.png');
    expect(mapMedia({ url: 'https://cdn.example.id/x.jpg' })?.url).toBe('https://cdn.example.id/x.jpg');
  });

  it('given resized formats, then srcset offers each width up to the size asked for once, smallest first, all versioned by updatedAt', () => {
    const cover = {
      url: '/uploads/cover.jpg',
      width: 1000,
      height: 600,
      updatedAt: '2026-11-20T10:00:00.000Z',
      formats: {
        large: { url: '/uploads/large_cover.jpg', width: 1000, height: 600 },
        small: { url: '/uploads/small_cover.jpg', width: 500, height: 300 },
        thumbnail: { url: '/uploads/thumbnail_cover.jpg', width: 245, height: 147 },
      },
    };
    const media = mapMedia(cover, 'large')!;
    const version = /\?v=([a-z0-9]+)$/.exec(media.url)?.[1];
    expect(media.url).toBe(`/media/cms/uploads/large_cover.jpg?v=${version}`);
    expect(version).toBeTruthy();
    expect(media.srcset).toBe(
      [
        `/media/cms/uploads/thumbnail_cover.jpg?v=${version} 245w`,
        `/media/cms/uploads/small_cover.jpg?v=${version} 500w`,
        `/media/cms/uploads/large_cover.jpg?v=${version} 1000w`,
      ].join(', '),
    );
    // A replaced file keeps its URL in Strapi; the version moves with updatedAt so caches refetch.
    const replaced = mapMedia({ ...cover, updatedAt: '2026-11-21T08:00:00.000Z' }, 'large')!;
    expect(replaced.url).not.toBe(media.url);
    expect(mapMedia({ url: '/uploads/only.jpg', width: 800 })?.srcset).toBeUndefined();
    // A card asks for `small`: nothing larger is offered to the browser.
    expect(mapMedia(cover, 'small')?.srcset).toBe(
      [
        `/media/cms/uploads/thumbnail_cover.jpg?v=${version} 245w`,
        `/media/cms/uploads/small_cover.jpg?v=${version} 500w`,
      ].join(', '),
    );
  });

  it('given an article with a translation, then its slug in each language is known, and its own language', () => {
    const indonesian = mapArticle({
      slug: 'musyawarah-desa',
      locale: 'id',
      title: 'Musyawarah Desa',
      localizations: [{ slug: 'village-meeting', locale: 'en' }],
    });
    expect(indonesian.slugs).toEqual({ id: 'musyawarah-desa', en: 'village-meeting' });
    expect(indonesian.locale).toBe('id');
    const untranslated = mapArticle({ slug: 'kerja-bakti', locale: 'id', title: 'Kerja Bakti' });
    expect(untranslated.slugs).toEqual({ id: 'kerja-bakti' });
    expect(mapArticle({ slug: 'village-meeting', locale: 'en', localizations: [] }).locale).toBe('en');
  });

  it('given budget line items, then totals are summed per kind', () => {
    const budget = mapBudgetFromLines({
      year: 2026,
      lineItems: [
        { kind: 'belanja', name: 'Jalan', plannedAmount: 100, realizedAmount: 40 },
        { kind: 'belanja', name: 'Posyandu', plannedAmount: 50, realizedAmount: 50 },
        { kind: 'pendapatan', name: 'Dana Desa', plannedAmount: 300, realizedAmount: 300 },
      ],
    });
    expect(budget.lines).toEqual([
      { kind: 'Pendapatan', planned: 300, realized: 300 },
      { kind: 'Belanja', planned: 150, realized: 90 },
      { kind: 'Pembiayaan', planned: 0, realized: 0 },
    ]);
  });

  it('given villages pointing at districts, then each district lists its villages alphabetically', () => {
    const grouped = groupDistricts(
      [
        { slug: 'plered', name: 'Plered' },
        { slug: 'bojong', name: 'Bojong' },
      ],
      [
        { slug: 'anjun', name: 'Anjun', district: { slug: 'plered', name: 'Plered' } },
        { slug: 'citeko', name: 'Citeko', district: { slug: 'plered', name: 'Plered' } },
        { slug: 'x', name: 'Tanpa kecamatan' },
      ],
    );
    expect(grouped).toEqual([
      { slug: 'bojong', name: 'Bojong', villages: [] },
      {
        slug: 'plered',
        name: 'Plered',
        villages: [
          { slug: 'anjun', name: 'Anjun' },
          { slug: 'citeko', name: 'Citeko' },
        ],
      },
    ]);
  });
});
