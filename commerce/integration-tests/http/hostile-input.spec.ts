import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { testDbName } from '../factories/db-name';
import { provisionVillage, SYNC_SECRET } from '../factories/villages';

/** A raw GET (no client-side URL normalisation), given up after 10 s so a hang shows as status 0. */
async function get(base: string, path: string, headers: Record<string, string> = {}) {
  try {
    const res = await fetch(base + path, { headers, signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    return { path, status: res.status, message: (JSON.parse(text || '{}') as { message?: string }).message };
  } catch {
    return { path, status: 0, message: 'no answer' };
  }
}

medusaIntegrationTestRunner({
  dbName: testDbName('hostile'),
  env: { WEBDESAKU_SYNC_SECRET: SYNC_SECRET },
  testSuite: ({ api }) => {
    const base = () => String(api.defaults.baseURL).replace(/\/$/, '');

    it('answers a malformed village slug with 400 and a clear message', async () => {
      // Given the public village route; When it is asked for slugs that cannot exist
      const answers = await Promise.all(
        ['%00', 'a%01b', 'a'.repeat(300), '..%2Fetc', 'd%C3%A9sa'].map((s) =>
          get(base(), `/webdesaku/villages/${s}`),
        ),
      );
      // Then each is refused as the visitor's mistake, saying what a slug looks like
      expect(
        answers.filter((a) => a.status !== 400 || !/Slug desa tidak valid/.test(a.message ?? '')),
      ).toEqual([]);
      expect((await get(base(), '/webdesaku/villages/tidak-ada')).status).toBe(404);
    });

    it('answers a path with a broken percent-encoding with 400, not 500', async () => {
      const answer = await get(base(), '/webdesaku/villages/%E0%A4%A');
      expect(answer.status).toBe(400);
      expect(answer.message).toMatch(/URL\) tidak valid/);
    });

    it('answers a repeated ?locale= on store routes with 400 instead of hanging', async () => {
      // Given a shop's publishable key
      const village = await provisionVillage(api, 'anjun');
      const headers = { 'x-publishable-api-key': village.publishable_key };
      // When store routes are asked with the locale parameter twice or nested
      const answers = await Promise.all(
        [
          '/store/webdesaku/village?locale=id&locale=en',
          '/store/products?locale=id&locale=en',
          '/store/regions?locale[x]=id',
        ].map((p) => get(base(), p, headers)),
      );
      // Then each gets a 400 that names the parameter, and one locale still works
      expect(answers.filter((a) => a.status !== 400 || !/locale tidak valid/.test(a.message ?? ''))).toEqual(
        [],
      );
      expect((await get(base(), '/store/webdesaku/village?locale=id', headers)).status).toBe(200);
    });
  },
});
