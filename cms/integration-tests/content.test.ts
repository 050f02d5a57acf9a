/**
 * Schema registration, what the public content API shows, and validation of writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';
import { contentManager, login } from './support/admin-api';
import { makeAdmin, makeArticle, make, makeVillage, PASSWORD } from './support/factories';

let cms: TestCms;
const U = (name: string) => `plugin::webdesaku.${name}` as any;
const get = async (path: string) => {
  const res = await fetch(`${cms.url}${path}`);
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

describe('Given the webdesaku plugin is loaded', () => {
  it('Then every content type and component is registered with Indonesian names', () => {
    const names = [
      'district',
      'village',
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
      'site-setting',
    ];
    for (const name of names) expect(cms.strapi.contentType(U(name)), name).toBeDefined();
    expect(cms.strapi.contentType(U('village')).info.displayName).toBe('Desa');
    expect(cms.strapi.contentType(U('article')).options?.draftAndPublish).toBe(true);
    expect((cms.strapi.contentType(U('article')).pluginOptions as any).i18n.localized).toBe(true);
    expect(Object.keys(cms.strapi.components)).toEqual(
      expect.arrayContaining([
        'webdesaku.budget-line-item',
        'webdesaku.population-group',
        'webdesaku.count-group',
      ]),
    );
  });

  it('Then Bahasa Indonesia is the default locale and English exists', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('id');
    expect(await locales.findByCode('en')).toBeTruthy();
  });

  it('Then the Editor desa role exists with conditioned permissions', async () => {
    const role = await cms.strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'webdesaku-editor-desa' } });
    const perms = await cms.strapi.db
      .query('admin::permission')
      .findMany({ where: { role: { id: role.id }, subject: U('article') } });
    expect(perms.map((p: any) => p.action.split('.').pop()).sort()).toEqual([
      'create',
      'delete',
      'publish',
      'read',
      'update',
    ]);
    for (const p of perms) expect(p.conditions).toEqual(['plugin::webdesaku.belongs-to-own-village']);
  });
});

describe('Given published and draft content', () => {
  it('When the public lists articles, Then drafts never appear, even when asked for', async () => {
    const village = await makeVillage(cms.strapi);
    const published = await makeArticle(cms.strapi, village, { title: 'Terbit' });
    const draft = await makeArticle(cms.strapi, village, { title: 'Rahasia draf' }, 'draft');
    for (const path of [
      '/api/webdesaku/articles?pagination[pageSize]=100',
      '/api/webdesaku/articles?status=draft&pagination[pageSize]=100',
    ]) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      const ids = body.data.map((a: any) => a.documentId);
      expect(ids).toContain(published.documentId);
      expect(ids).not.toContain(draft.documentId);
    }
    expect((await get(`/api/webdesaku/articles/${draft.documentId}`)).status).toBe(404);
    expect((await get(`/api/webdesaku/articles/${draft.documentId}?status=draft`)).status).toBe(404);
  });

  it('When the public reads villages, Then commerce fields and editors are not in the answer', async () => {
    const village = await makeVillage(cms.strapi);
    await cms.strapi.db.query(U('village')).update({
      where: { documentId: village.documentId },
      data: { salesChannelId: 'sc_rahasia', publishableKey: 'pk_rahasia', provisioningStatus: 'active' },
    });
    await makeAdmin(cms.strapi, 'editor', village);
    const one = await get(`/api/webdesaku/villages/${village.documentId}?populate=*`);
    expect(one.status).toBe(200);
    const text = JSON.stringify(one.body);
    for (const secret of [
      'sc_rahasia',
      'pk_rahasia',
      'salesChannelId',
      'publishableKey',
      'provisioningStatus',
      'editors',
      '@test.webdesaku.id',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect((await get('/api/webdesaku/villages?filters[salesChannelId][$eq]=sc_rahasia')).status).toBe(400);
    expect((await get('/api/webdesaku/villages?fields[0]=publishableKey')).status).toBe(400);
  });

  it('When anyone tries to write through the public API, Then it is refused', async () => {
    const res = await fetch(`${cms.url}/api/webdesaku/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { title: 'x', slug: 'x' } }),
    });
    expect([403, 404, 405]).toContain(res.status);
  });
});

describe('Given invalid input', () => {
  const expectFieldError = async (promise: Promise<unknown>, field: string) => {
    const err = (await promise.then(
      () => null,
      (e) => e,
    )) as any;
    expect(err, `expected a validation error on ${field}`).not.toBeNull();
    expect(err.name).toBe('ValidationError');
    expect(err.details.errors[0].path[0]).toBe(field);
    expect(err.message).toContain(field);
  };

  it('When a slug is not lowercase-hyphen, Then the slug is named and nothing is saved', async () => {
    await expectFieldError(makeVillage(cms.strapi, { slug: 'Desa_Salah' }), 'slug');
    expect(await cms.strapi.db.query(U('village')).count({ where: { slug: 'Desa_Salah' } })).toBe(0);
  });

  it('When numbers are negative, Then the field is named, also inside components', async () => {
    await expectFieldError(makeVillage(cms.strapi, { population: -5 }), 'population');
    const village = await makeVillage(cms.strapi);
    const before = await cms.strapi.db.query(U('budget')).count();
    await expectFieldError(
      make(cms.strapi, 'budget', {
        year: 2026,
        village: village.documentId,
        lineItems: [{ kind: 'belanja', name: 'Jalan', plannedAmount: 100, realizedAmount: -1 }],
      }),
      'lineItems',
    );
    expect(await cms.strapi.db.query(U('budget')).count()).toBe(before);
  });

  it('When an event ends before it starts, Then endsAt is named, also on a partial update', async () => {
    await expectFieldError(
      make(
        cms.strapi,
        'event',
        { title: 'Rapat', startsAt: '2030-05-02T10:00:00Z', endsAt: '2030-05-02T08:00:00Z' },
        { locale: 'id' },
      ),
      'endsAt',
    );
    const event = await make(
      cms.strapi,
      'event',
      { title: 'Rapat', startsAt: '2030-05-02T10:00:00Z' },
      { locale: 'id' },
    );
    await expectFieldError(
      cms.strapi.documents(U('event')).update({
        documentId: event.documentId,
        locale: 'id',
        data: { endsAt: '2030-05-01T10:00:00Z' },
      } as any),
      'endsAt',
    );
    await expectFieldError(
      make(
        cms.strapi,
        'announcement',
        { title: 'P', validFrom: '2030-05-02', validUntil: '2030-05-01' },
        { locale: 'id' },
      ),
      'validUntil',
    );
  });

  it('When a WhatsApp number is written locally, Then it is stored as +62…, and nonsense is refused', async () => {
    const village = await makeVillage(cms.strapi, { whatsapp: '0812-3456 7890' });
    expect(village.whatsapp).toBe('+6281234567890');
    await expectFieldError(makeVillage(cms.strapi, { whatsapp: '12345' }), 'whatsapp');
  });

  it('When an editor of one village is linked to a second village, Then editors is named', async () => {
    const first = await makeVillage(cms.strapi);
    const editor = await makeAdmin(cms.strapi, 'editor', first);
    const second = await makeVillage(cms.strapi);
    await expectFieldError(
      cms.strapi.documents(U('village')).update({
        documentId: second.documentId,
        data: { editors: { connect: [{ id: editor.id }] } },
      } as any),
      'editors',
    );
  });

  it('When the regency admin saves invalid data in the dashboard, Then the answer is a 400 naming the field', async () => {
    const admin = await makeAdmin(cms.strapi, 'super');
    const cm = contentManager(cms.url, await login(cms.url, admin.email, PASSWORD));
    const res = await cm.create('village', { name: 'Desa X', slug: 'desa-x', population: -3 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['population']);
    expect(await cms.strapi.db.query(U('village')).count({ where: { slug: 'desa-x' } })).toBe(0);
  });
});
