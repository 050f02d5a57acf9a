/**
 * GET /api/webdesaku/villages/:slug/home — one call for a village page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';
import { homeValidUntil } from '../../plugins/strapi-plugin-webdesaku/server/src/services/home-validity';
import { make, makeArticle, makeVillage, paragraph } from './support/factories';

let cms: TestCms;
const home = async (slug: string, query = '') => {
  const res = await fetch(`${cms.url}/api/webdesaku/villages/${slug}/home${query}`);
  return { status: res.status, body: await res.json() };
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Counts SQL statements sent while `fn` runs. */
const countQueries = async (fn: () => Promise<unknown>) => {
  let count = 0;
  const listener = () => count++;
  const knex = cms.strapi.db.connection as any;
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.removeListener('query', listener);
  }
  return count;
};

/** A village with one entry of every section, and `articles` published articles. */
const villageWithContent = async (articles: number) => {
  const district = await make(cms.strapi, 'district', {
    name: 'Plered',
    slug: `plered-${Math.random().toString(36).slice(2, 8)}`,
    code: '32.14.04',
  });
  const village = await makeVillage(cms.strapi, { district: district.documentId });
  const v = village.documentId;
  for (let i = 0; i < articles; i++) await makeArticle(cms.strapi, village);
  await makeArticle(cms.strapi, village, { title: 'Draf tersembunyi' }, 'draft');
  await make(cms.strapi, 'official', {
    name: 'Sekretaris',
    position: 'Sekretaris Desa',
    displayOrder: 2,
    village: v,
  });
  await make(cms.strapi, 'official', {
    name: 'Kepala',
    position: 'Kepala Desa',
    displayOrder: 1,
    village: v,
  });
  await make(
    cms.strapi,
    'announcement',
    { title: 'Aktif', validFrom: day(-1), validUntil: day(5), village: v },
    { locale: 'id', status: 'published' },
  );
  await make(
    cms.strapi,
    'announcement',
    { title: 'Kedaluwarsa', validFrom: day(-10), validUntil: day(-2), village: v },
    { locale: 'id', status: 'published' },
  );
  await make(
    cms.strapi,
    'event',
    { title: 'Akan datang', startsAt: `${day(3)}T02:00:00Z`, village: v },
    { locale: 'id' },
  );
  await make(
    cms.strapi,
    'event',
    { title: 'Sudah lewat', startsAt: `${day(-3)}T02:00:00Z`, endsAt: `${day(-3)}T05:00:00Z`, village: v },
    { locale: 'id' },
  );
  await make(
    cms.strapi,
    'potential',
    { title: 'Gerabah', category: 'kerajinan', body: paragraph('Gerabah'), village: v },
    { locale: 'id' },
  );
  await make(cms.strapi, 'statistic', { year: 2025, populationMale: 10, populationFemale: 11, village: v });
  await make(cms.strapi, 'statistic', {
    year: 2026,
    populationMale: 20,
    populationFemale: 21,
    village: v,
    byAgeGroup: [{ label: '0–14', male: 5, female: 6 }],
  });
  await make(cms.strapi, 'budget', {
    year: 2026,
    village: v,
    lineItems: [
      { kind: 'pendapatan', name: 'Dana Desa', plannedAmount: 1_000_000, realizedAmount: 800_000 },
      { kind: 'pendapatan', name: 'ADD', plannedAmount: 500_000, realizedAmount: 400_000 },
      { kind: 'belanja', name: 'Jalan', plannedAmount: 1_200_000, realizedAmount: 300_000 },
    ],
  });
  return village;
};

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

describe('Given a village with content in every section', () => {
  it('When its home is requested, Then every section comes back in one answer', async () => {
    const village = await villageWithContent(8);
    const { status, body } = await home(village.slug, '?locale=id');
    expect(status).toBe(200);
    const d = body.data;
    expect(d.village.slug).toBe(village.slug);
    expect(d.village.district.name).toBe('Plered');
    expect(d.village).not.toHaveProperty('salesChannelId');
    expect(d.officials.map((o: any) => o.position)).toEqual(['Kepala Desa', 'Sekretaris Desa']);
    expect(d.articles).toHaveLength(6);
    expect(d.articles.map((a: any) => a.title)).not.toContain('Draf tersembunyi');
    expect(d.announcements.map((a: any) => a.title)).toEqual(['Aktif']);
    expect(d.events.map((e: any) => e.title)).toEqual(['Akan datang']);
    expect(d.potentials.map((p: any) => p.title)).toEqual(['Gerabah']);
    expect(d.statistic.year).toBe(2026);
    expect(d.statistic.byAgeGroup[0]).toMatchObject({ label: '0–14', male: 5, female: 6 });
    expect(d.budget.year).toBe(2026);
    expect(d.budget.totals).toEqual([
      { kind: 'pendapatan', planned: 1_500_000, realized: 1_200_000, realizationPercent: 80 },
      { kind: 'belanja', planned: 1_200_000, realized: 300_000, realizationPercent: 25 },
      { kind: 'pembiayaan', planned: 0, realized: 0, realizationPercent: null },
    ]);
  });

  it('When English is asked but nothing is translated, Then the Indonesian entries are shown', async () => {
    const village = await villageWithContent(1);
    const { status, body } = await home(village.slug, '?locale=en');
    expect(status).toBe(200);
    expect(body.data.articles).toHaveLength(1);
    expect(body.meta.locale).toBe('en');
  });

  it('When the village has many articles, Then the number of queries does not grow', async () => {
    const few = await villageWithContent(2);
    const many = await villageWithContent(40);
    // warm caches Strapi keeps per content type, and both stored homes
    await home(few.slug);
    await home(many.slug);
    const forFew = await countQueries(() => home(few.slug));
    const forMany = await countQueries(() => home(many.slug));
    expect(forFew).toBeGreaterThan(0);
    expect(forMany).toBe(forFew);
  });
});

describe('Given a request for a village that does not exist', () => {
  it('When the slug is unknown, Then 404 with a message naming it', async () => {
    const { status, body } = await home('desa-tidak-ada');
    expect(status).toBe(404);
    expect(body.error.message).toContain('desa-tidak-ada');
  });

  it('When the slug or locale is malformed, Then 400', async () => {
    expect((await home('Desa_Salah')).status).toBe(400);
    expect((await home('anjun', '?locale=fr')).status).toBe(400);
  });
});

describe('Given a village whose home is stored (the read model)', () => {
  const service = (name: string) => cms.strapi.plugin('webdesaku').service(name);
  const titles = async (slug: string) =>
    (await home(slug, '?locale=id')).body.data.articles.map((a: any) => a.title);

  it('When it is asked again, Then it is answered from its row in one query, and the build does not grow with the articles', async () => {
    const village = await villageWithContent(3);
    const first = await home(village.slug);
    expect(first.status).toBe(200);
    const queries = await countQueries(() => home(village.slug));
    expect(queries).toBe(1);
    expect((await home(village.slug)).body).toEqual(first.body);
    // the build itself: one query per section, whatever the number of articles
    const many = await villageWithContent(30);
    const building = await countQueries(() => service('home').forVillage(many.slug, 'id'));
    const buildingFew = await countQueries(() => service('home').forVillage(village.slug, 'id'));
    expect(building).toBe(buildingFew);
  });

  it('When an article is published, Then the next home shows it', async () => {
    const village = await villageWithContent(1);
    const before = await titles(village.slug);
    await makeArticle(cms.strapi, village, { title: 'Panen raya' });
    const after = await titles(village.slug);
    expect(before).not.toContain('Panen raya');
    expect(after[0]).toBe('Panen raya');
  });

  it("When its district is renamed, Then every village's home shows the new name", async () => {
    const village = await villageWithContent(1);
    const district = (await home(village.slug)).body.data.village.district;
    await cms.strapi
      .documents('plugin::webdesaku.district' as any)
      .update({ documentId: district.documentId, data: { name: 'Plered Baru' } } as any);
    expect((await home(village.slug)).body.data.village.district.name).toBe('Plered Baru');
  });

  it('When an official is duplicated in the dashboard (clone), Then the next home lists both', async () => {
    const village = await villageWithContent(0);
    const officials = async () => (await home(village.slug)).body.data.officials as any[];
    const [head] = await officials();
    await cms.strapi.documents('plugin::webdesaku.official' as any).clone({
      documentId: head.documentId,
      data: { name: 'Kepala Dusun' },
    } as any);
    expect((await officials()).map((o) => o.name)).toContain('Kepala Dusun');
  });

  it("When the village's logo file is changed in the media library, Then the next home shows the change", async () => {
    const village = await villageWithContent(0);
    const file = await cms.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'logo.png',
        hash: `logo_${village.slug}`,
        ext: '.png',
        mime: 'image/png',
        size: 1,
        url: `/uploads/logo_${village.slug}.png`,
        provider: 'local',
        alternativeText: 'Logo lama',
      },
    });
    await cms.strapi
      .documents('plugin::webdesaku.village' as any)
      .update({ documentId: village.documentId, data: { logo: file.id } } as any);
    const logo = async () => (await home(village.slug)).body.data.village.logo;
    expect((await logo()).alternativeText).toBe('Logo lama');
    await cms.strapi.db
      .query('plugin::upload.file')
      .update({ where: { id: file.id }, data: { alternativeText: 'Logo baru' } });
    expect((await logo()).alternativeText).toBe('Logo baru');
  });

  it('When a write lands while the home is being built, Then what was read before it is not stored', async () => {
    const village = await villageWithContent(1);
    const homeService = service('home');
    const build = homeService.forVillage;
    // The build reads the village, then (before it stores) an editor publishes an article
    homeService.forVillage = async (...args: unknown[]) => {
      const read = await build(...args);
      await makeArticle(cms.strapi, village, { title: 'Terbit di tengah' });
      return read;
    };
    try {
      expect(await titles(village.slug)).not.toContain('Terbit di tengah');
    } finally {
      homeService.forVillage = build;
    }
    expect(await titles(village.slug)).toContain('Terbit di tengah');
  });

  it('When its next event ends, Then the home is built again without it, with no write in between', async () => {
    const village = await villageWithContent(0);
    // sooner than a stored home's longest age (10 minutes), so only the event can end it
    const startsAt = new Date(Date.now() + 2 * 60_000);
    await make(
      cms.strapi,
      'event',
      { title: 'Rapat desa', startsAt: startsAt.toISOString(), village: village.documentId },
      { locale: 'id' },
    );
    const events = async (now: Date) =>
      (JSON.parse(await service('homeStore').read(village.slug, 'id', now)).events as any[]).map(
        (e) => e.title,
      );
    expect(await events(new Date())).toContain('Rapat desa');
    expect(await events(new Date(startsAt.getTime() + 1_000))).not.toContain('Rapat desa');
  });

  it('When a slug names no village, Then nothing is kept for it', async () => {
    const rows = async () =>
      Number(
        (
          await cms.strapi.db.connection.raw(
            'SELECT count(*) AS n FROM webdesaku_village_homes WHERE slug = ?',
            ['desa-karangan'],
          )
        ).rows[0].n,
      );
    expect((await home('desa-karangan')).status).toBe(404);
    expect(await rows()).toBe(0);
    // positive control: a real village's home is kept
    const village = await villageWithContent(0);
    await home(village.slug);
    const kept = await cms.strapi.db.connection.raw(
      'SELECT count(*) AS n FROM webdesaku_village_homes WHERE slug = ? AND body IS NOT NULL',
      [village.slug],
    );
    expect(Number(kept.rows[0].n)).toBe(1);
  });
});

describe('Given a stored home built at 10:00 UTC (homeValidUntil)', () => {
  const now = new Date('2026-12-04T10:00:00Z');
  it('Then it expires at the first of: the soonest shown event leaving, the next UTC midnight, its longest age', () => {
    expect(homeValidUntil([], now, 60_000).toISOString()).toBe('2026-12-04T10:01:00.000Z');
    expect(homeValidUntil([], now, 86_400_000).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    const events = [
      { startsAt: '2026-12-04T11:00:00Z', endsAt: '2026-12-04T13:00:00Z' },
      { startsAt: '2026-12-04T12:00:00Z', endsAt: null },
    ];
    expect(homeValidUntil(events, now, 86_400_000).toISOString()).toBe('2026-12-04T12:00:00.000Z');
  });
});
