/**
 * The real dashboard in Chromium: an editor of village A sees only A's articles,
 * saves one of them, and can neither open nor save an article of village B.
 * Needs the admin build (`npm run build -w @webdesaku/cms`) and /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';
import { makeAdmin, makeArticle, makeVillage, PASSWORD } from './support/factories';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTICLES = 'plugin::webdesaku.article';
let cms: TestCms;
let browser: Browser;
let page: Page;
let articleA: any;
let articleB: any;
let bearer = '';

const adminUrl = (p: string) => `${cms.url}/admin${p}`;

beforeAll(async () => {
  const adminBuild = path.resolve(__dirname, '../dist/build/index.html');
  if (!existsSync(adminBuild))
    throw new Error(`Admin build missing (${adminBuild}): run npm run build -w @webdesaku/cms`);
  cms = await startCms();
  const villageA = await makeVillage(cms.strapi, { name: 'Desa Alfa', slug: 'desa-alfa' });
  const villageB = await makeVillage(cms.strapi, { name: 'Desa Beta', slug: 'desa-beta' });
  articleA = await makeArticle(cms.strapi, villageA, { title: 'Kabar dari Desa Alfa' });
  articleB = await makeArticle(cms.strapi, villageB, { title: 'Kabar dari Desa Beta' });
  const editor = await makeAdmin(cms.strapi, 'editor', villageA);

  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (req) => {
    const auth = req.headers().authorization;
    if (auth?.startsWith('Bearer ')) bearer = auth;
  });
  await page.goto(adminUrl('/auth/login'));
  await page.getByLabel(/email/i).fill(editor.email);
  await page.getByLabel(/password/i).fill(PASSWORD);
  await page.getByRole('button', { name: /login/i }).click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/login'), { timeout: 90_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe('Given an editor of Desa Alfa logged into the dashboard', () => {
  it('When opening the article list, Then only Alfa articles are listed', async () => {
    await page.goto(
      adminUrl(`/content-manager/collection-types/${ARTICLES}?page=1&pageSize=10&plugins[i18n][locale]=id`),
    );
    await expect
      .poll(() => page.getByText('Kabar dari Desa Alfa').count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await page.getByText('Kabar dari Desa Beta').count()).toBe(0);
  });

  it('When editing an Alfa article and saving, Then it is saved', async () => {
    await page.goto(
      adminUrl(
        `/content-manager/collection-types/${ARTICLES}/${articleA.documentId}?plugins[i18n][locale]=id`,
      ),
    );
    const title = page.getByRole('textbox', { name: /judul/i });
    await expect.poll(() => title.inputValue(), { timeout: 60_000 }).toBe('Kabar dari Desa Alfa');
    await title.fill('Kabar dari Desa Alfa, diperbarui');
    await page.getByRole('button', { name: /^save$/i }).click();
    await expect
      .poll(() => page.getByText(/saved document/i).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const stored = await cms.strapi.db
      .query(ARTICLES)
      .findOne({ where: { documentId: articleA.documentId, publishedAt: null } });
    expect(stored.title).toBe('Kabar dari Desa Alfa, diperbarui');
  });

  it('When opening a Beta article by its address, Then its content is not shown', async () => {
    await page.goto(
      adminUrl(
        `/content-manager/collection-types/${ARTICLES}/${articleB.documentId}?plugins[i18n][locale]=id`,
      ),
    );
    await expect
      .poll(() => page.getByText(/something went wrong|forbidden|not allowed|permission/i).count(), {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    expect(await page.getByRole('textbox', { name: /judul/i }).count()).toBe(0);
    expect(await page.getByText('Kabar dari Desa Beta').count()).toBe(0);
  });

  it('When the dashboard session sends a save for the Beta article, Then it is refused and nothing changes', async () => {
    expect(bearer).not.toBe('');
    const status = await page.evaluate(
      async ({ url, auth }) => {
        const res = await fetch(url, {
          method: 'PUT',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Diambil alih' }),
        });
        return res.status;
      },
      {
        url: `${cms.url}/content-manager/collection-types/${ARTICLES}/${articleB.documentId}?locale=id`,
        auth: bearer,
      },
    );
    expect(status).toBe(403);
    const stored = await cms.strapi.db
      .query(ARTICLES)
      .findOne({ where: { documentId: articleB.documentId, publishedAt: null } });
    expect(stored.title).toBe('Kabar dari Desa Beta');
  });
});
