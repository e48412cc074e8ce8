// Shared set-up of the end-to-end tests: one headless system Chromium per test file (Playwright
// downloads no browser), pages that record console errors, page errors and CSP violations, and
// screenshots under target/e2e/.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.POLES_DIST ?? path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'target', 'e2e');
export const DATASET = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'clusters.json'), 'utf8'));
export const CURRENT = DATASET.clusters.filter((c) => c.status === 'current');

const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-default-apps',
];

/** Launches the system Chromium (CHROME_PATH, else /usr/bin/chromium). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROME_FLAGS,
  });
}

/**
 * Opens a page that records problems: `problems` lists console errors, uncaught page errors
 * and Content-Security-Policy violations, so that a test can assert there were none.
 */
export async function openPage(browser, { width = 1440, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.problems = problems;
  page.cspViolations = () => page.evaluate(() => window.__cspViolations);
  return page;
}

/** Waits until the app shows its markers and list (the app's `poles:rendered` mark). */
export async function waitForAtlas(page) {
  await page.waitForFunction(() => performance.getEntriesByName('poles:rendered').length > 0, null, { timeout: 20000 });
}

/** Saves a screenshot as target/e2e/NAME.png. */
export async function screenshot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/**
 * How many clusters the maps show: single markers plus the counts of cluster icons (markers of
 * one city are grouped until zoomed in or spiderfied), over the main map and the insets.
 */
export async function markerTotal(page) {
  return page.evaluate(() => {
    const single = document.querySelectorAll('.poles-marker').length;
    const grouped = [...document.querySelectorAll('.poles-cluster-count')]
      .reduce((sum, el) => sum + Number.parseInt(el.firstChild.textContent, 10), 0);
    return single + grouped;
  });
}
