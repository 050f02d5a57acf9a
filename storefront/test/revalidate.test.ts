import { createApp, toWebHandler } from 'h3';
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../server/utils/cache-storage';
import { parseTags } from '../server/utils/revalidate';
import { revalidateHandler } from '../server/utils/revalidate-handler';
import { TaggedCache } from '../server/utils/tagged-cache';

const SECRET = 'test-secret-123';

function revalidateApp() {
  const storage = new MemoryStorage();
  const cache = new TaggedCache(storage, () => 1000);
  const refreshed: string[][] = [];
  const app = createApp();
  app.use(
    '/api/revalidate',
    revalidateHandler(
      () => SECRET,
      () => cache,
      async (tags) => refreshed.push(tags),
    ),
  );
  const handle = toWebHandler(app);
  const post = (body: string, headers: Record<string, string> = { 'x-webdesaku-secret': SECRET }) =>
    handle(
      new Request('http://storefront/api/revalidate', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  return { post, storage, refreshed };
}

describe('POST /api/revalidate', () => {
  let app: ReturnType<typeof revalidateApp>;
  beforeEach(() => {
    app = revalidateApp();
  });

  it('given the right secret and tags, when posted, then the tags and their families are purged', async () => {
    const response = await app.post(JSON.stringify({ tags: ['village:anjun', 'news'] }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revalidated: true, tags: ['village:anjun', 'village', 'news'] });
    expect(await app.storage.getItem('tag:village:anjun')).toEqual({ latest: 1000, previous: null });
    // the pages of the tags asked for render again behind the answer (not every page of a family)
    expect(app.refreshed).toEqual([['village:anjun', 'news']]);
  });

  it('given a wrong or missing secret, then 401 and nothing is purged', async () => {
    expect(
      (await app.post(JSON.stringify({ tags: ['news'] }), { 'x-webdesaku-secret': 'nope' })).status,
    ).toBe(401);
    expect((await app.post(JSON.stringify({ tags: ['news'] }), {})).status).toBe(401);
    expect(await app.storage.getItem('tag:news')).toBeNull();
    expect(app.refreshed).toEqual([]);
  });

  it('given malformed JSON or a wrong shape, then 400 with a readable message', async () => {
    const broken = await app.post('{"tags": [');
    expect(broken.status).toBe(400);
    expect((await app.post(JSON.stringify({ tag: 'news' }))).status).toBe(400);
    expect((await app.post(JSON.stringify({ tags: [] }))).status).toBe(400);
    expect((await app.post(JSON.stringify({ tags: ['<script>'] }))).status).toBe(400);
  });

  it('given an oversized body, then 413', async () => {
    const response = await app.post(
      JSON.stringify({ tags: Array.from({ length: 3000 }, (_, i) => `village:v${i}`) }),
    );
    expect(response.status).toBe(413);
  });
});

describe('parseTags', () => {
  it('given duplicates, then each tag is kept once; given too many, then refused', () => {
    expect(parseTags({ tags: ['portal', 'portal'] })).toEqual({ ok: true, tags: ['portal'] });
    expect(parseTags({ tags: Array.from({ length: 101 }, () => 'news') }).ok).toBe(false);
    expect(parseTags(null).ok).toBe(false);
  });
});
