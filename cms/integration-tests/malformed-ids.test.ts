/**
 * Malformed ids on the plugin's read routes are a user's mistake: a 400/404 with a
 * message, never a 500 (NUL bytes used to reach PostgreSQL and fail there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

const MALFORMED = ['%00', 'a%01b', 'a'.repeat(300), '%E0%A4%A', 'd%C3%A9sa-%F0%9F%98%80'];
/** The plural API names of the plugin's collection types, as the running CMS knows them. */
const pluralNames = () =>
  Object.entries(cms.strapi.contentTypes as Record<string, any>)
    .filter(([uid, ct]) => uid.startsWith('plugin::webdesaku.') && ct.kind === 'collectionType')
    .map(([, ct]) => ct.info.pluralName as string);

describe('findOne with a malformed id', () => {
  it('answers 400 with a clear message for every content type of the plugin', async () => {
    // Given every core findOne route of the plugin; When each is asked for malformed ids
    const answers: { url: string; status: number; message: string }[] = [];
    const names = pluralNames();
    expect(names).toContain('budgets');
    for (const name of names) {
      for (const id of MALFORMED) {
        const url = `/api/webdesaku/${name}/${id}`;
        const res = await fetch(cms.url + url);
        const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
        answers.push({ url, status: res.status, message: body.error?.message ?? '' });
      }
    }
    // Then each is a 400 (or 404) that says what is wrong
    expect(answers.filter((a) => a.status !== 400 && a.status !== 404)).toEqual([]);
    expect(answers.filter((a) => a.status === 400 && !/ID dokumen tidak valid/.test(a.message))).toEqual([]);
  });

  it('still answers 404 for a well-formed id that names nothing, and 400 on the home route', async () => {
    const unknown = await fetch(`${cms.url}/api/webdesaku/villages/tidakada123`);
    const home = await fetch(`${cms.url}/api/webdesaku/villages/%00/home`);
    expect([unknown.status, home.status]).toEqual([404, 400]);
  });
});
