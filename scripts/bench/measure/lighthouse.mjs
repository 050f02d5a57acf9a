// Lighthouse mobile (its default: Moto G class phone, simulated slow 4G) for a few pages, on
// Debian's Chromium started here with a DevTools port. Each score is the median of `runs`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import { run, stop } from '../../lib/proc.mjs';
import { CHROME_DEBUG_PORT } from '../config.mjs';
import { median } from './load.mjs';
import { CHROME, CHROME_FLAGS } from './weight.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function startChrome(port) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'webdesaku-bench-chrome-'));
  const proc = run(
    'chromium',
    CHROME,
    [...CHROME_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { quiet: true },
  );
  for (let i = 0; i < 60; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  return {
    stop: async () => {
      await stop(proc);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Scores per page name, with the audits below 0.9 and the paint metrics of the last run. */
export async function lighthouseScores(pages, { runs = 3, port = CHROME_DEBUG_PORT } = {}) {
  const chrome = await startChrome(port);
  try {
    const results = {};
    for (const { name, url } of pages) {
      const scores = [];
      let failing = [];
      let metrics = {};
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const lhr = result.lhr;
        scores.push(
          Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
        );
        // What keeps a score below 100, for the BENCHMARKS.md notes (last run).
        failing = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.scoreDisplayMode === 'binary' ||
              a.scoreDisplayMode === 'numeric' ||
              a.scoreDisplayMode === 'metricSavings',
          )
          .filter((a) => a.score !== null && a.score < 0.9)
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        metrics = {
          lcp: lhr.audits['largest-contentful-paint']?.numericValue,
          tbt: lhr.audits['total-blocking-time']?.numericValue,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue,
          fcp: lhr.audits['first-contentful-paint']?.numericValue,
        };
      }
      results[name] = {
        ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]))])),
        failing,
        metrics,
        runs,
      };
    }
    return results;
  } finally {
    await chrome.stop();
  }
}
