/**
 * GET /api/webdesaku/villages/:slug/home — one call for a village page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';
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
    await home(few.slug); // warm caches Strapi keeps per content type
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
