// The scale budget compares two stacks, so it is measured with both running at once (on ports
// 100 apart) and taking turns run by run: a shared VM's speed drifts by tens of percent within
// minutes, which decided the comparison when the scales were measured one after the other.
// Both storefronts run with STOREFRONT_CACHE=off (the uncached page is the one that costs more as
// data grows). The regency market's route reads every village shop in one statement, so it is the
// call most likely to grow with the regency: its list and both searches are compared here too.
import { PORTS } from '../config.mjs';
import { latency, median } from './load.mjs';
import { marketCount, withLimit } from './market.mjs';
import { bootStack } from './stack.mjs';
import { villageTargets } from './suite.mjs';

const FIGURES = {
  page: (t) => t.page,
  products: (t) => t.products,
  marketList: (t) => t.market.list,
  marketSearch: (t) => t.market.search,
  marketSearchWord: (t) => t.market.searchWord,
  marketSearchSameSize: (t) => t.market.searchSameSize,
  marketSearchWordSameSize: (t) => t.market.searchWordSameSize,
};

/**
 * Each search also asked for an answer of the same size on both stacks: as many products as the
 * first (smallest) stack finds, at most the storefront's page. "kopi" finds 12 products in 3
 * villages and 732 in 183: the storefront's page of 24 reads twice the products at 183.
 */
async function addSameSizeSearches(targets) {
  for (const name of ['search', 'searchWord']) {
    const limit = Math.min(
      await marketCount(targets[0].market[name]),
      Number(new URL(targets[0].market[name].url).searchParams.get('limit')),
    );
    for (const t of targets) t.market[`${name}SameSize`] = withLimit(t.market[name], limit);
  }
}

export async function measureScalesSideBySide(scales, { slug, load, production = true, rounds = 5, log }) {
  const stacks = [];
  try {
    for (const [i, scale] of scales.entries()) {
      const ports = Object.fromEntries(Object.entries(PORTS).map(([app, port]) => [app, port + 100 * i]));
      log(`  stack ${scale.name} di port ${Object.values(ports).join('/')} …`);
      stacks.push(
        await bootStack(scale, { production, ports, env: { storefront: { STOREFRONT_CACHE: 'off' } } }),
      );
    }
    const targets = await Promise.all(stacks.map((s) => villageTargets(s.urls, slug)));
    await addSameSizeSearches(targets);
    const samples = Object.fromEntries(
      scales.map((s) => [s.name, Object.fromEntries(Object.keys(FIGURES).map((f) => [f, []]))]),
    );
    const failed = Object.fromEntries(
      scales.map((s) => [s.name, Object.fromEntries(Object.keys(FIGURES).map((f) => [f, 0]))]),
    );
    const once = { ...load.latency, runs: 1 };
    for (let round = 0; round < rounds; round++) {
      log(`  putaran ${round + 1}/${rounds} …`);
      for (const [figure, pick] of Object.entries(FIGURES))
        for (const [i, scale] of scales.entries()) {
          const measured = await latency(pick(targets[i]), once);
          samples[scale.name][figure].push(measured.p50);
          failed[scale.name][figure] += measured.failed;
        }
    }
    return Object.fromEntries(
      scales.map((s) => [
        s.name,
        {
          villages: s.villages,
          ...Object.fromEntries(
            Object.keys(FIGURES).map((f) => [
              f,
              { p50: median(samples[s.name][f]), runs: samples[s.name][f], failed: failed[s.name][f] },
            ]),
          ),
        },
      ]),
    );
  } finally {
    for (const stack of stacks) await stack.stop();
  }
}
