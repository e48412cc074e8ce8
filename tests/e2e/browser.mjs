// Shared set-up of the end-to-end tests: one headless system Chromium per test file (Playwright
// downloads no browser), pages that record console errors, page errors and CSP violations, and
// screenshots under target/e2e/.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
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
 * `bypassCSP: true` lets a test inject a script (e.g. axe-core) despite the server's CSP;
 * `locale` is the browser's language (navigator.language), English by default.
 */
export async function openPage(browser, { width = 1440, height = 900, bypassCSP = false, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, bypassCSP });
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

/**
 * Reads `read()` until `accept(value)` holds or `timeout` ms pass, and returns the last value
 * read, for the caller to assert (a wait for a condition, never a fixed sleep).
 */
export async function eventually(read, accept, timeout = 5000) {
  const end = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/**
 * Reads `read()` until it deep-equals `expected` or `timeout` ms pass, and returns the last
 * value read, for the caller to assert (the map animates, so its DOM settles a little later).
 */
export function settled(read, expected, timeout = 5000) {
  return eventually(read, (value) => isDeepStrictEqual(value, expected), timeout);
}

/**
 * Waits until nothing moves in `target` (a page or a frame): the boxes of the elements matching
 * `selectors`, the scroll position and Leaflet's animations (flights, zooms) stay the same
 * over `frames` animation frames. For what animates: the map flying to a region, a card
 * scrolled into view.
 */
export async function untilStill(target, selectors = ['.leaflet-map-pane'], { frames = 10, timeout = 10000 } = {}) {
  await target.evaluate(() => { window.__untilStill = { signature: null, same: 0 }; });
  await target.waitForFunction(({ selectors, frames }) => {
    const boxes = selectors.flatMap((selector) => [...document.querySelectorAll(selector)].slice(0, 8).map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10).join(',');
    }));
    const panes = [...document.querySelectorAll('.leaflet-map-pane')].map((p) => p.style.transform);
    const animating = document.querySelectorAll('.leaflet-zoom-anim, .leaflet-pan-anim, .leaflet-cluster-anim').length;
    const signature = JSON.stringify([boxes, panes, animating, window.scrollX, window.scrollY]);
    const state = window.__untilStill;
    state.same = signature === state.signature && animating === 0 ? state.same + 1 : 0;
    state.signature = signature;
    return state.same >= frames;
  }, { selectors, frames }, { timeout, polling: 'raf' });
}

/** Ids of the clusters in the list, in display order. */
export function listedIds(page) {
  return page.locator('.cluster-list li.cluster-item').evaluateAll((els) => els.map((e) => e.dataset.id));
}

/**
 * Serves dist/ (under `base` if given), opens the atlas at `query` and waits for it, runs
 * `body(page, server)`, then checks that nothing went to the console as an error and that no
 * CSP violation happened.
 */
export async function withAtlas(browser, query, { base, ...options } = {}, body) {
  const { serve } = await import('./server.mjs');
  const assert = (await import('node:assert/strict')).default;
  const server = await serve({ root: DIST, base });
  const page = await openPage(browser, options);
  try {
    await page.goto(server.url + query);
    await waitForAtlas(page);
    await body(page, server);
    assert.deepEqual(page.problems, [], 'no console error or page error');
    assert.deepEqual(await page.cspViolations(), [], 'no CSP violation');
  } finally {
    await page.context().close();
    await server.close();
  }
}

/** The number in the list's count text ("57 clusters shown", "1 234 pôles affichés"). */
export async function shownCount(page) {
  const text = await page.locator('.list-panel .count').textContent();
  return Number.parseInt(text.replace(/[\s\u202f,]/g, ''), 10);
}

/** { sectorId: aria-pressed } plus `reset` for the "All sectors" chip. */
export function pressedChips(page) {
  return page.locator('.chips button.chip').evaluateAll((chips) => Object.fromEntries(
    chips.map((c) => [c.dataset.sector ?? 'reset', c.getAttribute('aria-pressed')]),
  ));
}

/** The `pressedChips` expected when exactly the sectors `ids` are selected. */
export const pressedOnly = (...ids) => ({
  reset: String(ids.length === 0),
  ...Object.fromEntries(DATASET.sectors.map((s) => [s.id, String(ids.includes(s.id))])),
});
