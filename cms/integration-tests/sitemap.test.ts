/**
 * GET /api/webdesaku/sitemap — what the storefront's sitemaps list, in one public call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';
import { make, makeArticle, makeVillage } from './support/factories';

let cms: TestCms;
const U = (name: string) => `plugin::webdesaku.${name}` as any;

type Listed = { documentId: string; village: string; slug: string; locale: string; updatedAt: string };
const sitemap = async () => {
  const res = await fetch(`${cms.url}/api/webdesaku/sitemap`);
  return { status: res.status, body: await res.json() };
};
const articlesOf = (body: any, village: string): Listed[] =>
  body.data.articles.filter((a: Listed) => a.village === village);

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

const districtAndVillage = async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const district = await make(cms.strapi, 'district', { name: `Plered ${suffix}`, slug: `plered-${suffix}` });
  const village = await makeVillage(cms.strapi, { district: district.documentId });
  return { district, village };
};

beforeAll(async () => {
  cms = await startCms();
});
afterAll(async () => {
  await cms?.stop();
});

describe('Given published and draft content', () => {
  it('When the sitemap is asked without a login, Then only published entries, with slugs and update times', async () => {
    // Given a village in a kecamatan, a published article, a draft, and regency news (no village)
    const { district, village } = await districtAndVillage();
    const published = await makeArticle(cms.strapi, village);
    const draft = await makeArticle(cms.strapi, village, {}, 'draft');
    await makeArticle(cms.strapi, null);
    // When
    const { status, body } = await sitemap();
    // Then
    expect(status).toBe(200);
    // (the village's own time moves on when its shop provisioning records a result)
    const listedVillage = body.data.villages.find((v: { slug: string }) => v.slug === village.slug);
    expect(listedVillage).toEqual({
      slug: village.slug,
      district: district.slug,
      updatedAt: expect.any(String),
    });
    expect(Date.parse(listedVillage.updatedAt)).toBeGreaterThanOrEqual(Date.parse(village.updatedAt));
    expect(body.data.districts).toContainEqual({ slug: district.slug, updatedAt: district.updatedAt });
    const listed = articlesOf(body, village.slug);
    expect(listed).toEqual([
      {
        documentId: published.documentId,
        village: village.slug,
        slug: published.slug,
        locale: 'id',
        updatedAt: expect.any(String),
      },
    ]);
    expect(listed.map((a) => a.slug)).not.toContain(draft.slug);
    expect(body.data.articles.every((a: Listed) => a.village)).toBe(true);
  });

  it('When a published article gets a draft edit or is unpublished, Then the published version is what counts', async () => {
    // Given two published articles
    const { village } = await districtAndVillage();
    const edited = await makeArticle(cms.strapi, village);
    const withdrawn = await makeArticle(cms.strapi, village);
    // When one gets an unpublished change and the other is unpublished
    await cms.strapi
      .documents(U('article'))
      .update({ documentId: edited.documentId, locale: 'id', data: { slug: `${edited.slug}-draf` } } as any);
    await cms.strapi
      .documents(U('article'))
      .unpublish({ documentId: withdrawn.documentId, locale: 'id' } as any);
    // Then the first is listed under its published slug, the second not at all
    const { body } = await sitemap();
    expect(articlesOf(body, village.slug).map((a) => a.slug)).toEqual([edited.slug]);
  });

  it('When an article is translated, Then each language version is listed with its own slug', async () => {
    // Given an Indonesian article with a published English version
    const { village } = await districtAndVillage();
    const article = await makeArticle(cms.strapi, village);
    await cms.strapi.documents(U('article')).update({
      documentId: article.documentId,
      locale: 'en',
      status: 'published',
      data: { title: 'Harvest', slug: `harvest-${article.slug}`, village: village.documentId },
    } as any);
    // When
    const { body } = await sitemap();
    // Then
    const versions = articlesOf(body, village.slug).filter((a) => a.documentId === article.documentId);
    expect(versions.map((a) => [a.locale, a.slug]).sort()).toEqual([
      ['en', `harvest-${article.slug}`],
      ['id', article.slug],
    ]);
  });

  it('When there are many more articles, Then the number of queries does not grow', async () => {
    // Given
    const { village } = await districtAndVillage();
    await sitemap(); // warm caches Strapi keeps per content type
    const before = await countQueries(sitemap);
    for (let i = 0; i < 30; i++) await makeArticle(cms.strapi, village);
    // When / Then
    expect(await countQueries(sitemap)).toBe(before);
  });
});
