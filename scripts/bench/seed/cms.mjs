// Regency bench seed for Strapi: loads the built app programmatically (cms/scripts/boot.mjs, as the
// demo seed does) and writes through the document service, so the plugin's validation and village
// rules apply. Per village: profile, 30 published articles, a statistic and a budget. Resumable:
// villages by slug, articles by slug, statistic/budget by village are skipped when they exist.
// Env: BENCH_VILLAGES, BENCH_SHOPS_FILE (written by the Medusa bench seed).
import { existsSync, readFileSync } from 'node:fs';
import { loadStrapi } from '../../../cms/scripts/boot.mjs';
import { villageArticles, villageBudget, villageStatistic } from '../articles.mjs';
import { report } from '../progress.mjs';
import { PER_VILLAGE, regency, villageProfile } from '../regency.mjs';

const U = (name) => `plugin::webdesaku.${name}`;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 3);

async function inPool(items, size, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function ensureVillage(strapi, village, index, ctx) {
  const found = await strapi.db
    .query(U('village'))
    .findOne({ where: { slug: village.slug }, select: ['id', 'documentId', 'population'] });
  if (found) return found;
  const district = ctx.districts.get(village.district);
  const profile = villageProfile(village, index, district.code);
  const cover = ctx.images.length ? ctx.images[index % ctx.images.length] : undefined;
  const doc = await strapi.documents(U('village')).create({
    data: {
      name: village.name,
      slug: village.slug,
      district: district.documentId,
      whatsapp: village.whatsapp,
      cover,
      ...profile,
    },
  });
  return { id: doc.id, documentId: doc.documentId, population: profile.population };
}

/** The shop ids Medusa gave the village, stored like the plugin's provisioning does (no events). */
async function linkShop(strapi, documentId, shop) {
  if (!shop) return;
  await strapi.db.query(U('village')).update({
    where: { documentId },
    data: {
      salesChannelId: shop.sales_channel_id,
      publishableKey: shop.publishable_key,
      provisioningStatus: shop.status,
    },
  });
}

async function seedArticles(strapi, village, row, ctx) {
  const existing = await strapi.db.query(U('article')).findMany({
    where: { village: { id: row.id }, locale: 'id', publishedAt: { $notNull: true } },
    select: ['slug'],
  });
  const have = new Set(existing.map((a) => a.slug));
  const items = villageArticles(village, PER_VILLAGE.articles);
  const own = items.filter((a) => have.has(a.slug)).length;
  const room = Math.max(0, PER_VILLAGE.articles - (have.size - own));
  let made = 0;
  for (const [i, article] of items.slice(0, room).entries()) {
    if (have.has(article.slug)) continue;
    const cover = ctx.images.length ? ctx.images[(row.id + i) % ctx.images.length] : undefined;
    await strapi.documents(U('article')).create({
      data: { ...article, village: row.documentId, cover },
      locale: 'id',
      status: 'published',
    });
    made++;
  }
  return made;
}

async function seedFigures(strapi, village, row) {
  const where = { village: { id: row.id } };
  if (!(await strapi.db.query(U('statistic')).findOne({ where, select: ['id'] }))) {
    await strapi
      .documents(U('statistic'))
      .create({ data: { ...villageStatistic(village, row.population ?? 5000), village: row.documentId } });
  }
  if (!(await strapi.db.query(U('budget')).findOne({ where, select: ['id'] }))) {
    await strapi
      .documents(U('budget'))
      .create({ data: { ...villageBudget(village), village: row.documentId } });
  }
}

const strapi = await loadStrapi();
let code = 0;
try {
  const { villages } = regency(Number(process.env.BENCH_VILLAGES ?? 183));
  const shopsFile = process.env.BENCH_SHOPS_FILE;
  const shops = shopsFile && existsSync(shopsFile) ? JSON.parse(readFileSync(shopsFile, 'utf8')) : {};
  const districtRows = await strapi.db
    .query(U('district'))
    .findMany({ select: ['slug', 'code', 'documentId'] });
  // Covers reuse the landscapes the demo seed drew: thousands of entries need no new files.
  const files = await strapi.db.query('plugin::upload.file').findMany({
    where: { mime: { $startsWith: 'image/' } },
    select: ['id', 'width', 'height'],
    orderBy: { id: 'asc' },
  });
  const ctx = {
    districts: new Map(districtRows.map((d) => [d.slug, d])),
    images: files.filter((f) => f.width > f.height).map((f) => f.id),
  };
  let done = 0;
  let created = 0;
  report('desa+berita', 0, villages.length);
  await inPool(
    villages.map((v, i) => [v, i]),
    CONCURRENCY,
    async ([village, index]) => {
      const row = await ensureVillage(strapi, village, index, ctx);
      await linkShop(strapi, row.documentId, shops[village.slug]);
      const made = await seedArticles(strapi, village, row, ctx);
      await seedFigures(strapi, village, row);
      created += made;
      report('desa+berita', ++done, villages.length, { created });
    },
  );
} catch (error) {
  console.error('[bench seed cms] failed:', error);
  code = 1;
}
await strapi.destroy();
process.exit(code);
