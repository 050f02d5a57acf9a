/**
 * Editor desa scoping through the Content Manager HTTP API, as the dashboard calls it:
 * an editor of village A against entries of village B is refused on every action,
 * and allowed on A. The regency admin (super admin) may do everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, contentManager, login } from './support/admin-api';
import { startCms, type TestCms } from './support/cms';
import { makeAdmin, makeArticle, make, makeVillage, paragraph, PASSWORD } from './support/factories';

let cms: TestCms;
let villageA: any;
let villageB: any;
let cmA: ReturnType<typeof contentManager>;
let cmAdmin: ReturnType<typeof contentManager>;
let tokenA: string;
let tokenAdmin: string;

const villageOf = async (uid: string, documentId: string, locale?: string) => {
  const row = await cms.strapi.db.query(`plugin::webdesaku.${uid}` as any).findOne({
    where: { documentId, ...(locale ? { locale } : {}) },
    populate: { village: { select: ['slug'] } },
  });
  return row?.village?.slug ?? null;
};

beforeAll(async () => {
  cms = await startCms();
  villageA = await makeVillage(cms.strapi, { slug: 'desa-a', name: 'Desa A' });
  villageB = await makeVillage(cms.strapi, { slug: 'desa-b', name: 'Desa B' });
  const editorA = await makeAdmin(cms.strapi, 'editor', villageA);
  const admin = await makeAdmin(cms.strapi, 'super');
  tokenA = await login(cms.url, editorA.email, PASSWORD);
  cmA = contentManager(cms.url, tokenA);
  tokenAdmin = await login(cms.url, admin.email, PASSWORD);
  cmAdmin = contentManager(cms.url, tokenAdmin);
});

afterAll(async () => {
  await cms?.stop();
});

describe('Given an editor of village A', () => {
  it('When listing articles and villages, Then only A entries are shown', async () => {
    const a = await makeArticle(cms.strapi, villageA);
    const b = await makeArticle(cms.strapi, villageB);
    const regency = await makeArticle(cms.strapi, null);
    const articles = await cmA.list('article', 'id');
    expect(articles.status).toBe(200);
    const ids = articles.body.results.map((r: any) => r.documentId);
    expect(ids).toContain(a.documentId);
    expect(ids).not.toContain(b.documentId);
    expect(ids).not.toContain(regency.documentId);
    const villages = await cmA.list('village');
    expect(villages.body.results.map((r: any) => r.slug)).toEqual(['desa-a']);
  });

  it("When the dashboard home counts entries, Then the editor sees only A's numbers", async () => {
    const counts = async (token: string) => {
      const res = await fetch(`${cms.url}/content-manager/homepage/count-documents`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      return (await res.json()).data as { draft: number; published: number; modified: number };
    };
    const editorBefore = await counts(tokenA);
    const adminBefore = await counts(tokenAdmin);
    // Given a new draft in B and one in A, and a published article in B
    await makeArticle(cms.strapi, villageB, {}, 'draft');
    await makeArticle(cms.strapi, villageA, {}, 'draft');
    await makeArticle(cms.strapi, villageB);
    // Then the editor of A counts one more draft and nothing of B; the regency admin counts all
    const editorAfter = await counts(tokenA);
    const adminAfter = await counts(tokenAdmin);
    expect(editorAfter).toEqual({ ...editorBefore, draft: editorBefore.draft + 1 });
    expect(adminAfter).toEqual({
      ...adminBefore,
      draft: adminBefore.draft + 2,
      published: adminBefore.published + 1,
    });
    // And the editor's published figure is what the editor can list (plus shared kecamatan)
    const ownArticles = await cms.strapi.db
      .query('plugin::webdesaku.article')
      .count({ where: { village: { documentId: villageA.documentId }, publishedAt: { $notNull: true } } });
    expect(editorAfter.published).toBeGreaterThanOrEqual(ownArticles);
    expect(editorAfter.published).toBeLessThan(adminAfter.published);
  });

  it('When reading, Then an entry of B is refused and an entry of A is shown', async () => {
    const a = await makeArticle(cms.strapi, villageA);
    const b = await makeArticle(cms.strapi, villageB);
    expect((await cmA.get('article', b.documentId, 'id')).status).toBe(403);
    expect((await cmA.get('article', a.documentId, 'id')).status).toBe(200);
    expect((await cmA.get('village', villageB.documentId)).status).toBe(403);
    expect((await cmA.get('village', villageA.documentId)).status).toBe(200);
  });

  it('When creating for village B, Then it is refused and nothing is stored', async () => {
    const before = await cms.strapi.db
      .query('plugin::webdesaku.article')
      .count({ where: { title: 'Curang' } });
    const res = await cmA.create(
      'article',
      { title: 'Curang', slug: 'curang', village: connect(villageB.documentId) },
      'id',
    );
    expect(res.status).toBe(403);
    expect(await cms.strapi.db.query('plugin::webdesaku.article').count({ where: { title: 'Curang' } })).toBe(
      before,
    );
  });

  it('When creating for village A or without a village, Then the entry belongs to A', async () => {
    const own = await cmA.create(
      'article',
      { title: 'Milik A', slug: 'milik-a', village: connect(villageA.documentId) },
      'id',
    );
    expect(own.status).toBe(201);
    expect(await villageOf('article', own.body.data.documentId)).toBe('desa-a');
    const implicit = await cmA.create(
      'event',
      { title: 'Rapat', startsAt: '2030-01-01T01:00:00.000Z' },
      'id',
    );
    expect(implicit.status).toBe(201);
    expect(await villageOf('event', implicit.body.data.documentId)).toBe('desa-a');
  });

  it('When updating, Then B is refused and A is saved', async () => {
    const a = await makeArticle(cms.strapi, villageA, {}, 'draft');
    const b = await makeArticle(cms.strapi, villageB, {}, 'draft');
    expect((await cmA.update('article', b.documentId, { title: 'Diubah' }, 'id')).status).toBe(403);
    const ownUpdate = await cmA.update('article', a.documentId, { title: 'Diubah A' }, 'id');
    expect(ownUpdate.status).toBe(200);
    // The answer the dashboard shows after saving carries the fields, not an empty form.
    expect(ownUpdate.body.data.title).toBe('Diubah A');
  });

  it('When publishing, Then B is refused and A is published', async () => {
    const a = await makeArticle(cms.strapi, villageA, {}, 'draft');
    const b = await makeArticle(cms.strapi, villageB, {}, 'draft');
    expect((await cmA.publish('article', b.documentId, {}, 'id')).status).toBe(403);
    expect((await cmA.publish('article', a.documentId, {}, 'id')).status).toBe(200);
    const published = await cms.strapi
      .documents('plugin::webdesaku.article' as any)
      .findOne({ documentId: a.documentId, status: 'published', locale: 'id' } as any);
    expect(published).not.toBeNull();
  });

  it('When deleting, Then B is refused and A is deleted', async () => {
    const a = await makeArticle(cms.strapi, villageA);
    const b = await makeArticle(cms.strapi, villageB);
    expect((await cmA.remove('article', b.documentId, 'id')).status).toBe(403);
    expect(
      await cms.strapi.db.query('plugin::webdesaku.article').count({ where: { documentId: b.documentId } }),
    ).toBeGreaterThan(0);
    expect((await cmA.remove('article', a.documentId, 'id')).status).toBe(200);
    expect(
      await cms.strapi.db.query('plugin::webdesaku.article').count({ where: { documentId: a.documentId } }),
    ).toBe(0);
  });

  it('When deleting or publishing B entries in bulk, Then they are left alone', async () => {
    const b = await makeArticle(cms.strapi, villageB, {}, 'draft');
    const del = await cmA.bulk('article', 'bulkDelete', [b.documentId], 'id');
    expect(del.status).toBe(403);
    const pub = await cmA.bulk('article', 'bulkPublish', [b.documentId], 'id');
    expect([400, 403]).toContain(pub.status);
    const rows = await cms.strapi.db
      .query('plugin::webdesaku.article')
      .findMany({ where: { documentId: b.documentId } });
    expect(rows).toHaveLength(1);
    expect(rows[0].publishedAt).toBeNull();
  });

  it('When moving an own entry to village B, Then it is refused and the entry stays in A', async () => {
    const a = await makeArticle(cms.strapi, villageA, {}, 'draft');
    const res = await cmA.update(
      'article',
      a.documentId,
      {
        village: {
          connect: [{ documentId: villageB.documentId }],
          disconnect: [{ documentId: villageA.documentId }],
        },
      },
      'id',
    );
    expect(res.status).toBe(403);
    expect(await villageOf('article', a.documentId)).toBe('desa-a');
    const emptied = await cmA.update(
      'article',
      a.documentId,
      { village: { connect: [], disconnect: [{ documentId: villageA.documentId }] } },
      'id',
    );
    expect(emptied.status).toBe(403);
  });

  describe('When a write names village B in any relation shape', () => {
    // Every shape Strapi accepts for a relation, each naming B somewhere (alone, first, last, as a
    // position): Strapi keeps the first connect on update and inserts all on create.
    const A = () => villageA.documentId as string;
    const B = () => villageB.documentId as string;
    const hostile: [string, () => unknown][] = [
      ['connect [B, A]', () => ({ connect: [{ documentId: B() }, { documentId: A() }] })],
      ['connect [A, B]', () => ({ connect: [{ documentId: A() }, { documentId: B() }] })],
      ['connect A before B', () => ({ connect: [{ documentId: A(), position: { before: B() } }] })],
      ['set [B]', () => ({ set: [{ documentId: B() }] })],
      ['set [A, B]', () => ({ set: [{ documentId: A() }, { documentId: B() }] })],
      ['a plain documentId array [B, A]', () => [B(), A()]],
      ['a plain documentId B', () => B()],
      ['B by numeric id', () => ({ connect: [{ id: villageB.id }] })],
      ['nothing left (disconnect A only)', () => ({ disconnect: [{ documentId: A() }] })],
    ];
    const villageOfAny = async (title: string) => {
      const rows = await cms.strapi.db
        .query('plugin::webdesaku.official')
        .findMany({ where: { name: title }, populate: { village: { select: ['slug'] } } });
      return rows.map((r: any) => r.village?.slug ?? null);
    };

    it.each(hostile)('on create (%s), Then 403 and nothing is stored', async (name, village) => {
      const title = `Curang ${name}`;
      const res = await cmA.create('official', { name: title, position: 'Kaur', village: village() }, 'id');
      expect(res.status).toBe(403);
      expect(await villageOfAny(title)).toEqual([]);
    });

    it.each(hostile)('on update of an own entry (%s), Then 403 and it stays in A', async (_name, village) => {
      const a = await makeArticle(cms.strapi, villageA, {}, 'draft');
      const res = await cmA.update('article', a.documentId, { village: village() }, 'id');
      expect(res.status).toBe(403);
      expect(await villageOf('article', a.documentId)).toBe('desa-a');
    });

    it.each(hostile)('on a new language of an own entry (%s), Then 403', async (_name, village) => {
      const a = await makeArticle(cms.strapi, villageA);
      const res = await cmA.update(
        'article',
        a.documentId,
        { title: 'EN', slug: `en-${a.documentId}`, village: village() },
        'en',
      );
      expect(res.status).toBe(403);
      expect(await villageOf('article', a.documentId, 'en')).toBeNull();
    });

    it.each([
      ['connect [A]', () => ({ connect: [{ documentId: A() }] })],
      ['set [A]', () => ({ set: [{ documentId: A() }] })],
      ['a plain documentId A', () => A()],
    ] as [string, () => unknown][])(
      'with only A (%s), Then it is saved in A (positive control)',
      async (name, village) => {
        const title = `Milik A ${name}`;
        const res = await cmA.create('official', { name: title, position: 'Kaur', village: village() }, 'id');
        expect(res.status).toBe(201);
        expect(await villageOfAny(title)).toEqual(['desa-a']);
      },
    );
  });

  it('When cloning an entry of B or adding a locale to it, Then it is refused', async () => {
    const b = await makeArticle(cms.strapi, villageB);
    expect(
      (await cmA.clone('article', b.documentId, { title: 'Salinan', slug: 'salinan' }, 'id')).status,
    ).toBe(403);
    expect(
      (await cmA.update('article', b.documentId, { title: 'English', slug: 'english' }, 'en')).status,
    ).toBe(403);
    expect(
      await cms.strapi.db
        .query('plugin::webdesaku.article')
        .count({ where: { documentId: b.documentId, locale: 'en' } }),
    ).toBe(0);
  });

  it('When adding an English version of an own entry, Then it is linked to A automatically', async () => {
    const a = await makeArticle(cms.strapi, villageA, {}, 'draft');
    const res = await cmA.update(
      'article',
      a.documentId,
      { title: 'In English', slug: `${a.slug}-en`, body: paragraph('Text') },
      'en',
    );
    expect(res.status).toBe(200);
    expect(await villageOf('article', a.documentId, 'en')).toBe('desa-a');
  });

  it('When editing own village, Then the profile saves but commerce fields and other villages are refused', async () => {
    expect((await cmA.update('village', villageA.documentId, { headName: 'Bapak Kepala' })).status).toBe(200);
    // The Content Manager drops fields outside the editor's permission; either way nothing is stored.
    expect([200, 403]).toContain(
      (await cmA.update('village', villageA.documentId, { salesChannelId: 'sc_curang' })).status,
    );
    expect((await cmA.update('village', villageB.documentId, { headName: 'Bukan saya' })).status).toBe(403);
    const stored = await cms.strapi.db
      .query('plugin::webdesaku.village')
      .findOne({ where: { documentId: villageA.documentId } });
    expect(stored.salesChannelId).not.toBe('sc_curang');
    expect(stored.headName).toBe('Bapak Kepala');
    expect((await cmA.create('village', { name: 'Desa Baru', slug: 'desa-baru' })).status).toBe(403);
  });

  it('When writing other village-owned types of B (statistic, budget), Then it is refused', async () => {
    const stat = await make(cms.strapi, 'statistic', {
      year: 2025,
      populationMale: 1,
      populationFemale: 1,
      village: villageB.documentId,
    });
    expect((await cmA.update('statistic', stat.documentId, { populationMale: 5 })).status).toBe(403);
    const budget = await make(cms.strapi, 'budget', {
      year: 2025,
      village: villageB.documentId,
      lineItems: [],
    });
    expect((await cmA.remove('budget', budget.documentId)).status).toBe(403);
  });
});

describe('Given files in the media library', () => {
  it('When the editor of A lists media, Then only files they uploaded are shown', async () => {
    const foreign = await cms.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'foto-desa-b.jpg',
        hash: 'foto_desa_b',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 1,
        url: '/uploads/foto_desa_b.jpg',
        provider: 'local',
        folderPath: '/',
      },
    });
    const form = new FormData();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    form.append('files', new Blob([png], { type: 'image/png' }), 'foto-desa-a.png');
    const uploaded = await fetch(`${cms.url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenA}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const res = await fetch(`${cms.url}/upload/files?page=1&pageSize=100`, {
      headers: { authorization: `Bearer ${tokenA}` },
    });
    expect(res.status).toBe(200);
    const names = ((await res.json()).results as { name: string }[]).map((f) => f.name);
    expect(names).toContain('foto-desa-a.png');
    expect(names).not.toContain(foreign.name);
  });
});

describe('Given the regency admin', () => {
  it('When editing and moving any entry, Then it is allowed', async () => {
    const b = await makeArticle(cms.strapi, villageB, {}, 'draft');
    const res = await cmAdmin.update(
      'article',
      b.documentId,
      { title: 'Dipindah', village: connect(villageA.documentId) },
      'id',
    );
    expect(res.status).toBe(200);
    expect(await villageOf('article', b.documentId)).toBe('desa-a');
    expect(
      (await cmAdmin.update('village', villageB.documentId, { salesChannelId: 'sc_admin' })).status,
    ).toBe(200);
  });
});
