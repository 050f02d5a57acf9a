/**
 * Walls between villages in the media library (issue 13 items 8 and 9), generated from the
 * rule table: every media route that takes file or folder ids is called by the editor of A
 * with B's ids (alone and hidden among A's) ⇒ 403 and B's files and folders unchanged, and
 * with A's own ids ⇒ allowed. Uploads attached to an entry (`ref`/`refId`/`field`) are tried
 * on every media field of every village-scoped type. Files are judged by their bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../plugins/strapi-plugin-webdesaku/server/src/editor-scope/route-rules';
import { adminApi, login, SAMPLES, uploadForm, type Answer } from './support/admin-api';
import { startCms, type TestCms } from './support/cms';
import { makeAdmin, makeEntry, makeVillage, PASSWORD } from './support/factories';

let cms: TestCms;
let villageA: any;
let villageB: any;
let editorA: ReturnType<typeof adminApi>;
let editorA2: ReturnType<typeof adminApi>;
let editorB: ReturnType<typeof adminApi>;
let admin: ReturnType<typeof adminApi>;
/** The villages' own media folders. */
let rootA: number;
let rootB: number;
/** What B owns: a file and a subfolder made by B's editor. */
let fileB: number;
let subB: number;

const FILE = 'plugin::upload.file';
const FOLDER = 'plugin::upload.folder';
const png = (name = 'foto.png') => ({ bytes: SAMPLES.png, name, type: 'image/png' });

const upload = async (
  api: ReturnType<typeof adminApi>,
  fields: Record<string, unknown> = {},
  file = png(),
) => {
  const answer = await api.call('POST', '/upload', uploadForm([file], fields));
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body[0].id as number;
};
const makeFolder = async (api: ReturnType<typeof adminApi>, parent: number) => {
  const answer = await api.call('POST', '/upload/folders', { name: `Folder ${Math.random()}`, parent });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.data.id as number;
};

/** Everything of B's media that a wall breach would change. */
const snapshotB = async () => ({
  files: await cms.strapi.db.query(FILE).findMany({
    where: { id: fileB },
    select: ['name', 'hash', 'url', 'folderPath', 'size'],
    populate: { folder: { select: ['id'] } },
  }),
  folders: await cms.strapi.db.query(FOLDER).findMany({
    where: { id: { $in: [rootB, subB] } },
    select: ['name', 'path'],
    populate: { parent: { select: ['id'] } },
    orderBy: 'id',
  }),
});

type Ids = { file: number; folder: number };
type Recipe = {
  many?: true;
  call: (ids: Ids[], own: Ids) => { method: string; path: string; body?: unknown };
  ok?: (a: Answer) => boolean;
};

/** How to call each media route with ids; the tripwire below demands one per checked route. */
const RECIPES: Record<string, Recipe[]> = {
  'POST /': [
    {
      call: ([x]) => ({
        method: 'POST',
        path: `/upload?id=${x.file}`,
        body: uploadForm([], { fileInfo: { name: 'ubah.png' } }),
      }),
    },
    { call: ([x]) => ({ method: 'POST', path: `/upload?id=${x.file}`, body: uploadForm([png()]) }) },
    {
      call: ([x]) => ({
        method: 'POST',
        path: '/upload',
        body: uploadForm([png()], { fileInfo: { folder: x.folder } }),
      }),
    },
  ],
  'POST /files': [
    {
      call: ([x]) => ({
        method: 'POST',
        path: '/upload/files',
        body: uploadForm([png()], { fileInfo: { name: 'a.png', folder: x.folder } }),
      }),
    },
  ],
  'GET /files/:id': [{ call: ([x]) => ({ method: 'GET', path: `/upload/files/${x.file}` }) }],
  'PUT /files/:id': [
    {
      call: ([x]) => ({
        method: 'PUT',
        path: `/upload/files/${x.file}`,
        body: { fileInfo: { name: 'ubah.png' } },
      }),
    },
    // Moving an own file into B's folder is refused too.
    {
      call: ([x], own) => ({
        method: 'PUT',
        path: `/upload/files/${own.file}`,
        body: { fileInfo: { folder: x.folder } },
      }),
    },
  ],
  'POST /files/:id/replace': [
    {
      call: ([x]) => ({ method: 'POST', path: `/upload/files/${x.file}/replace`, body: uploadForm([png()]) }),
    },
  ],
  'DELETE /files/:id': [{ call: ([x]) => ({ method: 'DELETE', path: `/upload/files/${x.file}` }) }],
  'GET /folders/:id': [{ call: ([x]) => ({ method: 'GET', path: `/upload/folders/${x.folder}` }) }],
  'PUT /folders/:id': [
    {
      call: ([x]) => ({
        method: 'PUT',
        path: `/upload/folders/${x.folder}`,
        body: { name: `Ubah ${Math.random()}` },
      }),
    },
    {
      call: ([x], own) => ({
        method: 'PUT',
        path: `/upload/folders/${own.folder}`,
        body: { name: 'Pindah', parent: x.folder },
      }),
    },
  ],
  'POST /folders': [
    {
      call: ([x]) => ({
        method: 'POST',
        path: '/upload/folders',
        body: { name: `Baru ${Math.random()}`, parent: x.folder },
      }),
    },
  ],
  'POST /actions/bulk-delete': [
    {
      many: true,
      call: (xs) => ({
        method: 'POST',
        path: '/upload/actions/bulk-delete',
        body: { fileIds: xs.map((x) => x.file), folderIds: [] },
      }),
    },
    {
      many: true,
      call: (xs) => ({
        method: 'POST',
        path: '/upload/actions/bulk-delete',
        body: { fileIds: [], folderIds: xs.map((x) => x.folder) },
      }),
    },
  ],
  'POST /actions/bulk-move': [
    {
      many: true,
      call: (xs, own) => ({
        method: 'POST',
        path: '/upload/actions/bulk-move',
        body: { fileIds: xs.map((x) => x.file), folderIds: [], destinationFolderId: own.folder },
      }),
    },
    {
      many: true,
      call: (xs, own) => ({
        method: 'POST',
        path: '/upload/actions/bulk-move',
        body: { fileIds: [], folderIds: xs.map((x) => x.folder), destinationFolderId: own.folder },
      }),
    },
    {
      call: ([x], own) => ({
        method: 'POST',
        path: '/upload/actions/bulk-move',
        body: { fileIds: [own.file], folderIds: [], destinationFolderId: x.folder },
      }),
    },
  ],
  'POST /actions/bulk-update': [
    {
      many: true,
      call: (xs) => ({
        method: 'POST',
        path: '/upload/actions/bulk-update',
        body: { updates: xs.map((x) => ({ id: x.file, fileInfo: { name: 'ubah.png' } })) },
      }),
    },
  ],
};
/** Checked routes whose answer is a list, proven by the listing tests below. */
const LISTS = ['GET /folders'];

beforeAll(async () => {
  cms = await startCms();
  villageA = await makeVillage(cms.strapi, { slug: 'desa-a', name: 'Desa A' });
  villageB = await makeVillage(cms.strapi, { slug: 'desa-b', name: 'Desa B' });
  const session = async (role: 'editor' | 'super', village?: any) =>
    adminApi(cms.url, await login(cms.url, (await makeAdmin(cms.strapi, role, village)).email, PASSWORD));
  editorA = await session('editor', villageA);
  editorA2 = await session('editor', villageA);
  editorB = await session('editor', villageB);
  admin = await session('super');
  const folders = (await cms.strapi
    .store({ type: 'plugin', name: 'webdesaku', key: 'village-folders' })
    .get({})) as any;
  rootA = folders[villageA.documentId];
  rootB = folders[villageB.documentId];
  fileB = await upload(editorB);
  subB = await makeFolder(editorB, rootB);
});

afterAll(async () => {
  await cms?.stop();
});

describe('Tripwire: the media rule table', () => {
  it('Given every checked media route, Then a generated case below calls it', () => {
    const checked = Object.entries(RULES)
      .filter(([key, rule]) => key.startsWith('upload ') && rule.kind === 'check')
      .map(([key]) => key.replace('upload ', ''));
    expect(checked.filter((k) => !RECIPES[k] && !LISTS.includes(k))).toEqual([]);
  });
});

const cases = Object.entries(RECIPES).flatMap(([route, recipes]) =>
  recipes.map((r, i) => [`${route} #${i + 1}`, r] as const),
);

describe(`Given the editor of A and ${cases.length} media cases`, () => {
  it.each(cases)('%s: B ⇒ 403 and unchanged; A ⇒ allowed', async (_name, recipe) => {
    const own = { file: await upload(editorA), folder: await makeFolder(editorA, rootA) };
    const b = { file: fileB, folder: subB };
    const before = await snapshotB();
    for (const ids of recipe.many ? [[b], [own, b]] : [[b]]) {
      const { method, path, body } = recipe.call(ids, own);
      const answer = await editorA.call(method, path, body);
      expect(answer.status, `${method} ${path} ${JSON.stringify(answer.body)}`).toBe(403);
      expect(answer.body.error.message).toMatch(/desa Anda sendiri/);
    }
    expect(await snapshotB()).toEqual(before);
    // Positive control: the same call on A's own media (and A's folders as destination) succeeds
    const mine = { file: await upload(editorA), folder: await makeFolder(editorA, rootA) };
    const { method, path, body } = recipe.call([mine], own);
    const answer = await editorA.call(method, path, body);
    expect(answer.status, `${method} ${path} ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  });

  it("When B's village folder itself is renamed or deleted, Then 403 (also A's own village folder)", async () => {
    for (const root of [rootB, rootA]) {
      expect((await editorA.call('PUT', `/upload/folders/${root}`, { name: 'Bukan' })).status).toBe(403);
      expect(
        (await editorA.call('POST', '/upload/actions/bulk-delete', { fileIds: [], folderIds: [root] }))
          .status,
      ).toBe(403);
    }
    expect(await cms.strapi.db.query(FOLDER).count({ where: { id: { $in: [rootA, rootB] } } })).toBe(2);
  });

  it('When fetching files from URLs, Then refused (the server would fetch any address)', async () => {
    const answer = await editorA.call('POST', '/upload/actions/upload-from-urls', {
      urls: ['http://127.0.0.1:1/x.png'],
    });
    expect(answer.status).toBe(403);
  });

  it.each([
    ['a non-numeric file id', 'GET', '/upload/files/abc', undefined],
    [
      'a non-numeric id in a bulk delete',
      'POST',
      '/upload/actions/bulk-delete',
      { fileIds: ['x'], folderIds: [] },
    ],
    ['fileIds that are not a list', 'POST', '/upload/actions/bulk-delete', { fileIds: 'x' }],
    ['fileInfo that is not JSON', 'POST', '/upload', () => uploadForm([png()], { fileInfo: '{bukan json' })],
  ] as [string, string, string, unknown][])(
    'When sending %s, Then a clear 400',
    async (_n, method, path, body) => {
      const answer = await editorA.call(method, path, typeof body === 'function' ? body() : body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    },
  );
});

describe('Given village folders', () => {
  it('When a village is created, Then it has a media folder named after it', async () => {
    const village = await makeVillage(cms.strapi, { name: 'Desa Baru Sekali' });
    const folders = (await cms.strapi
      .store({ type: 'plugin', name: 'webdesaku', key: 'village-folders' })
      .get({})) as any;
    const folder = await cms.strapi.db.query(FOLDER).findOne({ where: { id: folders[village.documentId] } });
    expect(folder?.name).toBe('Desa Baru Sekali');
  });

  it("When an editor uploads or makes a folder without naming one, Then it lands in the village's folder", async () => {
    const id = await upload(editorA);
    const stored = await cms.strapi.db.query(FILE).findOne({ where: { id }, populate: { folder: true } });
    expect(stored.folder?.id).toBe(rootA);
    const folder = await editorA.call('POST', '/upload/folders', { name: 'Tanpa induk', parent: null });
    expect(folder.status).toBe(201);
    const row = await cms.strapi.db
      .query(FOLDER)
      .findOne({ where: { id: folder.body.data.id }, populate: { parent: true } });
    expect(row.parent?.id).toBe(rootA);
  });

  it("When listing files, folders and the folder tree, Then the editor sees A's (another A editor's too), never B's", async () => {
    const fromColleague = await upload(editorA2);
    const files = (await editorA.call('GET', '/upload/files?page=1&pageSize=100')).body.results.map(
      (f: any) => f.id,
    );
    expect(files).toContain(fromColleague);
    expect(files).not.toContain(fileB);
    const folders = await editorA.call('GET', '/upload/folders?pageSize=100');
    expect(folders.status).toBe(200);
    const folderIds = folders.body.data.map((f: any) => f.id);
    expect(folderIds).toContain(rootA);
    expect(folderIds).not.toContain(rootB);
    expect(folderIds).not.toContain(subB);
    const tree = JSON.stringify((await editorA.call('GET', '/upload/folder-structure')).body.data);
    expect(tree).toContain(`"id":${rootA},`);
    expect(tree).not.toContain(`"id":${rootB},`);
    const adminTree = JSON.stringify((await admin.call('GET', '/upload/folder-structure')).body.data);
    expect(adminTree).toContain(`"id":${rootB},`);
  });
});

/** Every media field of every village-scoped type: an upload attached to B's entry is refused. */
const MEDIA_FIELDS = () =>
  Object.entries(cms.strapi.contentTypes as Record<string, any>)
    .filter(
      ([uid]) =>
        uid.startsWith('plugin::webdesaku.') &&
        uid !== 'plugin::webdesaku.site-setting' &&
        uid !== 'plugin::webdesaku.district',
    )
    .flatMap(([uid, ct]) =>
      Object.entries(ct.attributes)
        .filter(([, a]: any) => a.type === 'media')
        .map(([field]) => [uid, field] as const),
    );
/** village logo and cover, article cover, gallery and potential images, official photo, budget report, document file. */
const EXPECTED_FIELD_COUNT = 8;

describe('Given uploads attached to an entry (ref, refId, field)', () => {
  it('Then every media field of the village-scoped types is tried below', () => {
    expect(MEDIA_FIELDS()).toHaveLength(EXPECTED_FIELD_COUNT);
  });

  const attachedTo = async (uid: string, id: number, field: string) => {
    const row = await cms.strapi.db.query(uid as any).findOne({ where: { id }, populate: { [field]: true } });
    const value = row?.[field];
    return Array.isArray(value) ? value.length : value ? 1 : 0;
  };
  const entryOf = async (uid: string, village: any) =>
    uid.endsWith('.village')
      ? village
      : makeEntry(cms.strapi, uid.replace('plugin::webdesaku.', ''), village);

  it.each(Array.from({ length: EXPECTED_FIELD_COUNT }, (_, i) => i))(
    'media field #%s: B ⇒ 403 and nothing attached; A ⇒ attached',
    async (i) => {
      const [uid, field] = MEDIA_FIELDS()[i];
      const b = await entryOf(uid, villageB);
      const a = await entryOf(uid, villageA);
      const filesBefore = await cms.strapi.db.query(FILE).count();
      const refused = await editorA.call(
        'POST',
        '/upload',
        uploadForm([png()], { ref: uid, refId: String(b.id), field }),
      );
      expect(refused.status, `${uid}.${field}`).toBe(403);
      expect(await attachedTo(uid, b.id, field)).toBe(0);
      expect(await cms.strapi.db.query(FILE).count()).toBe(filesBefore);
      const allowed = await editorA.call(
        'POST',
        '/upload',
        uploadForm([png()], { ref: uid, refId: String(a.id), field }),
      );
      expect(allowed.status, `${uid}.${field} ${JSON.stringify(allowed.body)}`).toBe(201);
      expect(await attachedTo(uid, a.id, field)).toBe(1);
    },
  );

  it.each([
    ['an admin user', () => ({ ref: 'admin::user', refId: '1', field: 'avatar' })],
    ['a media folder', () => ({ ref: 'plugin::upload.folder', refId: String(rootB), field: 'files' })],
    [
      'the regency site settings',
      () => ({ ref: 'plugin::webdesaku.site-setting', refId: '1', field: 'logo' }),
    ],
  ])('When the ref is %s, Then 403', async (_n, target) => {
    expect((await editorA.call('POST', '/upload', uploadForm([png()], target()))).status).toBe(403);
  });

  it('When a PDF goes to an image field, Then 400; to a file field (budget report), Then 201', async () => {
    const pdf = { bytes: SAMPLES.pdf, name: 'laporan.pdf', type: 'application/pdf' };
    const gallery = await makeEntry(cms.strapi, 'gallery', villageA);
    const toImages = await editorA.call(
      'POST',
      '/upload',
      uploadForm([pdf], { ref: 'plugin::webdesaku.gallery', refId: String(gallery.id), field: 'images' }),
    );
    expect(toImages.status).toBe(400);
    expect(toImages.body.error.message).toMatch(/hanya menerima gambar/);
    const budget = await makeEntry(cms.strapi, 'budget', villageA);
    const toReport = await editorA.call(
      'POST',
      '/upload',
      uploadForm([pdf], { ref: 'plugin::webdesaku.budget', refId: String(budget.id), field: 'report' }),
    );
    expect(toReport.status).toBe(201);
  });
});

describe('Given files that could carry a script', () => {
  it.each([
    ['SVG named .png', { bytes: SAMPLES.svg, name: 'logo.png', type: 'image/png' }],
    ['SVG as SVG', { bytes: SAMPLES.svg, name: 'logo.svg', type: 'image/svg+xml' }],
    ['HTML as HTML', { bytes: SAMPLES.html, name: 'halaman.html', type: 'text/html' }],
    ['HTML named .jpg', { bytes: SAMPLES.html, name: 'foto.jpg', type: 'image/jpeg' }],
    ['PNG bytes named .html', { bytes: SAMPLES.png, name: 'foto.html', type: 'text/html' }],
    ['PNG bytes declared as SVG', { bytes: SAMPLES.png, name: 'foto.png', type: 'image/svg+xml' }],
  ])('When the editor uploads %s, Then 400 and nothing is stored', async (_n, file) => {
    const before = await cms.strapi.db.query(FILE).count();
    for (const path of ['/upload', '/upload/files']) {
      const answer = await editorA.call('POST', path, uploadForm([file]));
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.message).toMatch(/ditolak/);
    }
    expect(await cms.strapi.db.query(FILE).count()).toBe(before);
  });

  it('When the regency admin uploads an SVG, Then it is not the editor rule that decides', async () => {
    const answer = await admin.call(
      'POST',
      '/upload',
      uploadForm([{ bytes: SAMPLES.svg, name: 'lambang.svg', type: 'image/svg+xml' }]),
    );
    expect(answer.body?.error?.message ?? '').not.toMatch(/ditolak: isinya/);
  });
});

describe('Given an entry write that names a file by its id in a media field', () => {
  const CM = '/content-manager/collection-types';
  const linked = async (uid: string, documentId: string, field: string) => {
    const rows = await cms.strapi.db
      .query(uid as any)
      .findMany({ where: { documentId }, populate: { [field]: { select: ['id'] } } });
    return rows.flatMap((row: any) =>
      [row[field]]
        .flat()
        .filter(Boolean)
        .map((f: any) => f.id),
    );
  };
  const entryOf = async (uid: string, village: any) =>
    uid.endsWith('.village')
      ? village
      : makeEntry(cms.strapi, uid.replace('plugin::webdesaku.', ''), village);
  const save = (uid: string, entry: any, field: string, fileId: number) => {
    const multiple = cms.strapi.getModel(uid as any).attributes[field] as { multiple?: boolean };
    const locale = entry.locale ? `?locale=${entry.locale}` : '';
    return editorA.call('PUT', `${CM}/${uid}/${entry.documentId}${locale}`, {
      [field]: multiple.multiple ? [fileId] : fileId,
    });
  };

  it.each(Array.from({ length: EXPECTED_FIELD_COUNT }, (_, i) => i))(
    "media field #%s: B's file ⇒ 403 and not linked; an own file and one the entry already links ⇒ saved",
    async (i) => {
      const [uid, field] = MEDIA_FIELDS()[i];
      const entry = await entryOf(uid, villageA);
      const refused = await save(uid, entry, field, fileB);
      expect(refused.status, `${uid}.${field} ${JSON.stringify(refused.body)}`).toBe(403);
      expect(await linked(uid, entry.documentId, field)).not.toContain(fileB);
      // Positive controls: a file of A's editor, then a file the regency linked to the entry.
      const own = await upload(editorA);
      const saved = await save(uid, entry, field, own);
      expect(saved.status, `${uid}.${field} ${JSON.stringify(saved.body)}`).toBe(200);
      expect(await linked(uid, entry.documentId, field)).toContain(own);
      const regencyFile = await upload(admin);
      await cms.strapi.db
        .query(uid as any)
        .update({ where: { documentId: entry.documentId }, data: { [field]: regencyFile } });
      const kept = await save(uid, entry, field, regencyFile);
      expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    },
  );
});
