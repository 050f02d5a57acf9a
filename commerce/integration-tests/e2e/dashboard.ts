import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export async function openDashboard(baseUrl: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, baseURL: baseUrl });
  page.setDefaultTimeout(30_000);
  return { browser, page };
}

export async function login(page: Page, email: string, password: string) {
  await page.goto('/app/login');
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/app\/orders/, { timeout: 60_000 });
}

/** The dashboard stacks a focus modal twice; the topmost (last) one is the live one. */
export function visible(page: Page, selector: string) {
  return page.locator(`${selector}:visible`).last();
}
