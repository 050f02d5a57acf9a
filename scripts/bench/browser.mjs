// The browser half of a run: page weight of four pages and Lighthouse mobile for two of them.
import { createRequire } from 'node:module';
import { lighthouseScores } from './measure/lighthouse.mjs';
import { villageTargets } from './measure/suite.mjs';
import { pageWeights } from './measure/weight.mjs';

const addToCart = (productUrl) => async (page) => {
  await page.goto(productUrl, { waitUntil: 'networkidle' });
  await Promise.all([
    page.waitForLoadState('networkidle'),
    page.click('form[action="/api/cart/add"] [type=submit]'),
  ]);
  await page.waitForTimeout(500);
};

export async function measureBrowser(stack, { slug, lighthouseRuns, log = console.log }) {
  const t = await villageTargets(stack.urls, slug);
  const base = `${stack.urls.storefront}/desa/${slug}`;
  const productUrl = `${base}/lapak/${t.product}`;
  const pages = [
    { name: 'village', url: base },
    { name: 'article', url: `${base}/berita/${t.article}` },
    { name: 'product', url: productUrl },
    { name: 'checkout', url: `${stack.urls.storefront}/checkout/${slug}`, prepare: addToCart(productUrl) },
  ];
  log('  berat halaman (Chromium) …');
  const weights = await pageWeights(pages);
  log(`  Lighthouse mobile × ${lighthouseRuns} …`);
  const lighthouse = await lighthouseScores(
    pages.filter((p) => p.name === 'village' || p.name === 'product'),
    { runs: lighthouseRuns },
  );
  const version = createRequire(import.meta.url)('lighthouse/package.json').version;
  return { weights, lighthouse, lighthouseVersion: version };
}
