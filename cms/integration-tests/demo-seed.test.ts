/**
 * The demo seed fills every type for every demo village and is idempotent.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';

const TYPES = [
  'official',
  'article',
  'announcement',
  'event',
  'gallery',
  'potential',
  'statistic',
  'budget',
  'document',
  'service',
];
let cms: TestCms;
let demo: { districts: unknown[]; villages: { slug: string }[] };

const rowCounts = async () => {
  const tables = [
    'files',
    'admin_users',
    ...['districts', 'villages', ...TYPES.map((t) => `${t === 'gallery' ? 'gallerie' : t}s`)].map(
      (t) => `webdesaku_${t}`,
    ),
  ];
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number((await cms.strapi.db.connection(table).count({ n: '*' }))[0].n);
  return counts;
};

beforeAll(async () => {
  cms = await startCms();
  demo = JSON.parse(await readFile(path.resolve(__dirname, '../../scripts/demo/data.json'), 'utf8'));
});
afterAll(async () => {
  await cms?.stop();
});

describe('Given an empty database', () => {
  it('When the demo seed runs, Then every demo village has content of every type', async () => {
    const { created } = await cms.strapi.plugin('webdesaku').service('seed').run(demo);
    expect(created.district).toBe(demo.districts.length);
    expect(created.village).toBe(demo.villages.length);
    for (const { slug } of demo.villages) {
      for (const type of TYPES) {
        const n = await cms.strapi.db
          .query(`plugin::webdesaku.${type}` as any)
          .count({ where: { village: { slug } } });
        expect(n, `${type} of ${slug}`).toBeGreaterThan(0);
      }
      const articles = await cms.strapi.documents('plugin::webdesaku.article' as any).findMany({
        filters: { village: { slug } },
        status: 'published',
        locale: 'id',
        populate: { cover: true },
      } as any);
      expect(articles.length).toBeGreaterThanOrEqual(3);
      expect(articles.every((a: any) => a.cover?.url)).toBe(true);
      expect(
        await cms.strapi.db.query('admin::user').count({ where: { email: `editor.${slug}@webdesaku.id` } }),
      ).toBe(1);
    }
    expect(await cms.strapi.db.query('plugin::webdesaku.site-setting').count()).toBe(1);
  });

  it('When the seed runs a second time, Then nothing changes', async () => {
    const before = await rowCounts();
    const { created } = await cms.strapi.plugin('webdesaku').service('seed').run(demo);
    expect(created).toEqual({});
    expect(await rowCounts()).toEqual(before);
  });

  it('Then the demo logins work', async () => {
    for (const email of ['admin@webdesaku.id', `editor.${demo.villages[0].slug}@webdesaku.id`]) {
      const res = await fetch(`${cms.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'Webdesaku123!' }),
      });
      expect(res.status, email).toBe(200);
    }
  });
});
