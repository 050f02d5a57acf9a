/**
 * Walls between villages in the Content Manager (issue 13 item 10), generated from the
 * installed routes: every route that takes document ids, for every village-scoped type,
 * is called by the editor of A with B's ids (alone and hidden among A's) ⇒ 403 and B's
 * rows unchanged; the same call with A's own ids succeeds (positive control). A tripwire
 * fails on any installed route the editor-scope table does not know.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../plugins/strapi-plugin-webdesaku/server/src/editor-scope/route-rules';
import { adminApi, login, type Answer } from './support/admin-api';
import { startCms, type TestCms } from './support/cms';
import { localeOf, makeAdmin, makeEntry, makeVillage, minimalData, PASSWORD } from './support/factories';

let cms: TestCms;
let villageA: any;
let villageB: any;
let editor: ReturnType<typeof adminApi>;
let admin: ReturnType<typeof adminApi>;

const OWNED = [
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
const DRAFT_AND_PUBLISH = new Set(['article', 'announcement']);
const uid = (name: string) => `plugin::webdesaku.${name}`;
const CM = '/content-manager';

type Doc = { documentId: string };
/** The entries one call is about: the target and a published twin for un/publish routes. */
type Call = (name: string, ids: Doc[]) => { method: string; path: string; body?: unknown };
type Recipe = {
  call: Call;
  /** Takes a list of ids: B's id is also tried hidden after A's. */
  many?: true;
  needs?: 'published' | 'draftAndPublish';
  ok?: (a: Answer) => boolean;
  editorMay?: (name: string) => boolean;
};

const q = (name: string, extra = '') => {
  const locale = localeOf(name);
  const params = [locale ? `locale=${locale}` : '', extra].filter(Boolean).join('&');
  return params ? `?${params}` : '';
};
const ct = (name: string) => `${CM}/collection-types/${uid(name)}`;
const one = (ids: Doc[]) => ids[0].documentId;
const list = (ids: Doc[]) => ids.map((d) => d.documentId);
const is2xx = (a: Answer) => a.status >= 200 && a.status < 300;
const writable = (name: string) => name !== 'village';
const notOurWall = (a: Answer) => a.status < 500 && a.body?.error?.name !== 'PolicyError';

/** How to call each id-taking Content Manager route; the tripwire below demands one per route. */
const RECIPES: Record<string, Recipe> = {
  'GET /collection-types/:model/:id': {
    call: (n, ids) => ({ method: 'GET', path: `${ct(n)}/${one(ids)}${q(n)}` }),
  },
  'PUT /collection-types/:model/:id': {
    call: (n, ids) => ({ method: 'PUT', path: `${ct(n)}/${one(ids)}${q(n)}`, body: {} }),
  },
  'DELETE /collection-types/:model/:id': {
    call: (n, ids) => ({ method: 'DELETE', path: `${ct(n)}/${one(ids)}${q(n)}` }),
    editorMay: writable,
  },
  'POST /collection-types/:model/clone/:sourceId': {
    call: (n, ids) => ({ method: 'POST', path: `${ct(n)}/clone/${one(ids)}${q(n)}`, body: minimalData(n) }),
    editorMay: writable,
  },
  'POST /collection-types/:model/auto-clone/:sourceId': {
    call: (n, ids) => ({ method: 'POST', path: `${ct(n)}/auto-clone/${one(ids)}${q(n)}`, body: {} }),
    // Strapi refuses to auto-clone types with relations (400): not being 403 is the control.
    ok: (a) => a.status !== 403 && a.status < 500,
    editorMay: writable,
  },
  'POST /collection-types/:model/:id/actions/publish': {
    call: (n, ids) => ({ method: 'POST', path: `${ct(n)}/${one(ids)}/actions/publish${q(n)}`, body: {} }),
    needs: 'draftAndPublish',
  },
  'POST /collection-types/:model/:id/actions/unpublish': {
    call: (n, ids) => ({ method: 'POST', path: `${ct(n)}/${one(ids)}/actions/unpublish${q(n)}`, body: {} }),
    needs: 'published',
  },
  'POST /collection-types/:model/:id/actions/discard': {
    call: (n, ids) => ({ method: 'POST', path: `${ct(n)}/${one(ids)}/actions/discard${q(n)}`, body: {} }),
    needs: 'published',
  },
  'POST /collection-types/:model/actions/bulkDelete': {
    many: true,
    call: (n, ids) => ({
      method: 'POST',
      path: `${ct(n)}/actions/bulkDelete${q(n)}`,
      body: { documentIds: list(ids) },
    }),
    editorMay: writable,
  },
  'POST /collection-types/:model/actions/bulkFindForValidation': {
    many: true,
    call: (n, ids) => ({
      method: 'POST',
      path: `${ct(n)}/actions/bulkFindForValidation${q(n)}`,
      body: { documentIds: list(ids), locale: localeOf(n) },
    }),
  },
  'POST /collection-types/:model/actions/bulkPublish': {
    many: true,
    call: (n, ids) => ({
      method: 'POST',
      path: `${ct(n)}/actions/bulkPublish${q(n)}`,
      body: { documentIds: list(ids) },
    }),
    needs: 'draftAndPublish',
  },
  'POST /collection-types/:model/actions/bulkUnpublish': {
    many: true,
    call: (n, ids) => ({
      method: 'POST',
      path: `${ct(n)}/actions/bulkUnpublish${q(n)}`,
      body: { documentIds: list(ids) },
    }),
    needs: 'published',
    // Strapi itself refuses this for conditioned roles (it loads the entries without their
    // village, so the condition cannot hold); the control is that our wall is not the refusal.
    ok: notOurWall,
  },
  'GET /collection-types/:model/:id/actions/countDraftRelations': {
    call: (n, ids) => ({ method: 'GET', path: `${ct(n)}/${one(ids)}/actions/countDraftRelations${q(n)}` }),
  },
  'GET /collection-types/:model/actions/countManyEntriesDraftRelations': {
    many: true,
    call: (n, ids) => ({
      method: 'GET',
      path: `${ct(n)}/actions/countManyEntriesDraftRelations${q(
        n,
        list(ids)
          .map((id, i) => `documentIds[${i}]=${id}`)
          .join('&'),
      )}`,
    }),
  },
  'GET /relations/:model/:id/:targetField': {
    call: (n, ids) => ({
      method: 'GET',
      path: `${CM}/relations/${uid(n)}/${one(ids)}/${n === 'village' ? 'district' : 'village'}${q(n)}`,
    }),
  },
  'GET /relations/:model/:targetField': {
    call: (n, ids) => ({
      method: 'GET',
      path: `${CM}/relations/${uid(n)}/${n === 'village' ? 'district' : 'village'}${q(n, `id=${one(ids)}`)}`,
    }),
  },
  'GET /preview/url/:contentType': {
    call: (n, ids) => ({
      method: 'GET',
      path: `${CM}/preview/url/${uid(n)}${q(n, `documentId=${one(ids)}&status=draft`)}`,
    }),
    // Preview is not configured here (Strapi answers 4xx): not being 403 is the control.
    ok: (a) => a.status !== 403 && a.status < 500,
  },
};
/** Routes in the table that take no document id (lists and creates, covered elsewhere). */
const WITHOUT_IDS = [
  'GET /collection-types/:model',
  'POST /collection-types/:model',
  'POST /collection-types/:model/actions/publish',
];

const rowsOf = (name: string, documentId: string) =>
  cms.strapi.db
    .query(uid(name) as any)
    .findMany({ where: { documentId }, orderBy: 'id', populate: { village: { select: ['documentId'] } } });

/** A fresh entry of the village for one case (the village type itself is its own entry). */
const fixture = async (name: string, village: any, needs?: Recipe['needs']) =>
  name === 'village'
    ? village
    : makeEntry(cms.strapi, name, village, needs === 'published' ? 'published' : 'draft');

beforeAll(async () => {
  cms = await startCms();
  villageA = await makeVillage(cms.strapi, { slug: 'desa-a', name: 'Desa A' });
  villageB = await makeVillage(cms.strapi, { slug: 'desa-b', name: 'Desa B' });
  const editorA = await makeAdmin(cms.strapi, 'editor', villageA);
  const superAdmin = await makeAdmin(cms.strapi, 'super');
  editor = adminApi(cms.url, await login(cms.url, editorA.email, PASSWORD));
  admin = adminApi(cms.url, await login(cms.url, superAdmin.email, PASSWORD));
});

afterAll(async () => {
  await cms?.stop();
});

describe('Tripwire: the installed admin routes', () => {
  it('Given Content Manager and media library routes, Then each carries the editor-scope policy and a rule', () => {
    for (const plugin of ['content-manager', 'upload']) {
      const routers = Object.values(cms.strapi.plugin(plugin).routes as any) as any[];
      for (const router of routers.filter((r) => r.type === 'admin')) {
        for (const route of router.routes) {
          const key = `${plugin} ${route.method} ${route.path}`;
          expect(RULES[key], `no editor rule for ${key}`).toBeDefined();
          expect(route.config.policies, key).toContainEqual({
            name: 'plugin::webdesaku.editor-scope',
            config: { route: key },
          });
          // A route with an id in its path is never waved through.
          if (/:(id|sourceId)\b/.test(route.path)) expect(RULES[key].kind, key).not.toBe('safe');
        }
      }
    }
  });

  it('Given the rule table, Then every checked Content Manager route has a generated case below', () => {
    const checked = Object.entries(RULES)
      .filter(([key, rule]) => key.startsWith('content-manager ') && rule.kind === 'check')
      .map(([key]) => key.replace('content-manager ', ''));
    expect(checked.filter((k) => !RECIPES[k] && !WITHOUT_IDS.includes(k))).toEqual([]);
  });
});

const TYPES = [...OWNED, 'village'];
const cases = Object.entries(RECIPES).flatMap(([route, recipe]) =>
  TYPES.filter((n) => recipe.needs === undefined || DRAFT_AND_PUBLISH.has(n)).map((n) => [route, n] as const),
);

describe(`Given the editor of A and ${cases.length} (route × type) cases`, () => {
  it.each(cases)('%s on %s: B ⇒ 403 and unchanged; A ⇒ allowed', async (route, name) => {
    const recipe = RECIPES[route];
    const b = await fixture(name, villageB, recipe.needs);
    const a = await fixture(name, villageA, recipe.needs);
    const before = await rowsOf(name, b.documentId);
    // When B's id is named alone, or hidden after A's own
    for (const ids of recipe.many ? [[b], [a, b]] : [[b]]) {
      const { method, path, body } = recipe.call(name, ids);
      const answer = await editor.call(method, path, body);
      expect(answer.status, `${method} ${path}`).toBe(403);
      // Where the editor may do this on A, the refusal is ours and says why.
      if (recipe.editorMay?.(name) !== false) expect(answer.body.error.message).toMatch(/desa Anda sendiri/);
      expect(JSON.stringify(answer.body)).not.toContain(b.documentId);
    }
    // Then B's stored rows did not change
    expect(await rowsOf(name, b.documentId)).toEqual(before);
    // And the same call with A's own id succeeds (a gate that refuses everything fails here)
    if (recipe.editorMay && !recipe.editorMay(name)) return;
    const own = recipe.call(name, [a]);
    const answer = await editor.call(own.method, own.path, own.body);
    expect(
      (recipe.ok ?? is2xx)(answer),
      `${own.method} ${own.path}: ${answer.status} ${JSON.stringify(answer.body)}`,
    ).toBe(true);
  });
});

describe('Given relation pickers and dashboard widgets', () => {
  it.each(OWNED)(
    'When picking the village of a new %s, Then only A is listed (regency admin sees B)',
    async (name) => {
      const path = `${CM}/relations/${uid(name)}/village${q(name, 'pageSize=100')}`;
      const mine = await editor.call('GET', path);
      expect(mine.status).toBe(200);
      expect(mine.body.results.map((r: any) => r.documentId)).toEqual([villageA.documentId]);
      const all = (await admin.call('GET', path)).body.results.map((r: any) => r.documentId);
      expect(all).toEqual(expect.arrayContaining([villageA.documentId, villageB.documentId]));
    },
  );

  it("When the dashboard lists recent documents, Then B's drafts are not among them", async () => {
    const b = await makeEntry(cms.strapi, 'article', villageB);
    const a = await makeEntry(cms.strapi, 'article', villageA);
    const recent = await editor.call('GET', `${CM}/homepage/recent-documents?action=update`);
    expect(recent.status).toBe(200);
    const ids = recent.body.data.map((d: any) => d.documentId);
    expect(ids).toContain(a.documentId);
    expect(ids).not.toContain(b.documentId);
    const adminIds = (await admin.call('GET', `${CM}/homepage/recent-documents?action=update`)).body.data.map(
      (d: any) => d.documentId,
    );
    expect(adminIds).toContain(b.documentId);
  });

  it.each([
    [
      'a document id with a NUL byte',
      'GET',
      `/collection-types/${uid('article')}/actions/countManyEntriesDraftRelations?documentIds[0]=a%00b`,
    ],
    [
      'an object as a document id',
      'POST',
      `/collection-types/${uid('article')}/actions/bulkDelete`,
      { documentIds: [{ x: 1 }] },
    ],
  ] as [string, string, string, unknown?][])(
    'When sending %s, Then a clear 400',
    async (_name, method, path, body) => {
      const answer = await editor.call(method, `${CM}${path}`, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toMatch(/ID dokumen tidak valid/);
    },
  );
});
