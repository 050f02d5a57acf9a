// Page weight as a phone receives it: each page is loaded in Debian's Chromium (playwright-core),
// every script and stylesheet response is recorded, and its bytes are counted gzip-compressed
// (the bytes on the wire when the server compresses, else gzip -6 of the body). Inline code is
// counted too: executable <script> blocks as JS, <style> blocks as CSS (JSON and JSON-LD are data).
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const gz = (text) => gzipSync(Buffer.from(text)).length;
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

function inline(html) {
  let js = '';
  let css = '';
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    if (!/\bsrc\s*=/.test(attrs) && EXECUTABLE.test(type) && body.trim()) js += body;
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += body;
  return { js, css };
}

async function wireBytes(response) {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const headers = await response.allHeaders();
  const encoded = /gzip|br|zstd|deflate/.test(headers['content-encoding'] ?? '');
  // Chromium asks for brotli; the budget is in gzip, so gzip the decoded body ourselves.
  return { gzip: body.length ? gzipSync(body).length : 0, raw: body.length, encoded };
}

const MOBILE = { viewport: { width: 412, height: 823 }, isMobile: true };

/**
 * Loads one page in a fresh context (empty cache: a first visit), after an optional
 * `prepare(page)` run in another context whose cookies are carried over (e.g. a filled cart).
 */
async function weighOne(browser, url, prepare) {
  const context = await browser.newContext(MOBILE);
  if (prepare) {
    const setup = await browser.newContext(MOBILE);
    await prepare(await setup.newPage());
    await context.addCookies(await setup.cookies());
    await setup.close();
  }
  const page = await context.newPage();
  const assets = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') assets.push({ type, response });
  });
  const document = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
  const html = (await document?.text()) ?? '';
  const sizes = await Promise.all(
    assets.map(async (a) => ({ type: a.type, ...(await wireBytes(a.response)) })),
  );
  const code = inline(html);
  const sum = (type) => sizes.filter((s) => s.type === type).reduce((n, s) => n + s.gzip, 0);
  await context.close();
  return {
    url,
    status: document?.status() ?? 0,
    jsGzip: sum('script') + (code.js ? gz(code.js) : 0),
    cssGzip: sum('stylesheet') + (code.css ? gz(code.css) : 0),
    htmlGzip: gz(html),
    scripts: sizes.filter((s) => s.type === 'script').length + (code.js ? 1 : 0),
  };
}

/** @param pages {{name: string, url: string, prepare?: (page) => Promise<void>}[]} */
export async function pageWeights(pages) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: CHROME_FLAGS.slice(1),
    headless: true,
  });
  try {
    const results = {};
    for (const { name, url, prepare } of pages) results[name] = await weighOne(browser, url, prepare);
    return results;
  } finally {
    await browser.close();
  }
}
