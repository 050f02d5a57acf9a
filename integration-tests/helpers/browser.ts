// Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium, type Browser } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Runs in the page: whatever an injected payload could have done. Evaluates to a list of findings;
 * empty means nothing executed and no live handler or script URL made it into the DOM. A string,
 * not a function, so the test transpiler cannot add helpers the page does not have.
 */
export const INERTNESS_PROBE = `(() => {
  const findings = [];
  if (window.__xss !== undefined) findings.push('window.__xss = ' + String(window.__xss));
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) && attr.value.includes('__xss')) findings.push('<' + el.tagName + ' ' + attr.name + '>');
      if (/^(href|src|action|formaction)$/i.test(attr.name) && /^\\s*javascript:/i.test(attr.value)) {
        findings.push('<' + el.tagName + ' ' + attr.name + '="' + attr.value + '">');
      }
    }
  }
  for (const script of document.scripts) {
    if (/json/i.test(script.type)) {
      try { JSON.parse(script.textContent || ''); } catch { findings.push('a JSON block (' + script.type + ') was broken open'); }
    } else if ((script.textContent || '').includes('window.__xss=')) {
      findings.push('an injected <script> element');
    }
  }
  return findings;
})()`;
