// The one set-up the end-to-end suites share (and the benchmark and the share image): one
// headless system Chromium per test file (Playwright downloads no browser); pages that record
// console errors, page errors, dialogs and CSP violations; a page opened on a served dist/ and
// checked at the end (`withPage`, `withAtlas`); waits for a condition, never a fixed sleep
// (`eventually`, `settled`, `untilStill`); axe-core; layout shifts; downloads and CSV; the
// readings several suites make of the atlas; screenshots under target/e2e/.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve, TYPES } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.POLES_DIST ?? path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'target', 'e2e');
export const DATASET = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'clusters.json'), 'utf8'));

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
/** An ISO date written out in `lang` ("27 November 2026", "1er janvier 2024"). */
export function writtenDay(iso, lang) {
  const [year, month, day] = iso.split('-').map(Number);
  const first = lang === 'fr' && day === 1 ? 'er' : '';
  return `${day}${first} ${MONTHS[lang][month - 1]} ${year}`;
}
/** The pattern of an ISO date written out in `lang`. */
export const writtenDate = (iso, lang) => new RegExp(writtenDay(iso, lang));
export const CURRENT = DATASET.clusters.filter((c) => c.status === 'current');

/** The address of the built wasm (Trunk's hashed name, from boot.js's script tag in
 *  dist/index.html), from the served root: a route there holds or breaks it. */
export const wasmAddress = () => `/${fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').match(/data-wasm="\.\/([^"]+_bg\.wasm)"/)[1]}`;

/** The flags of headless Chromium as root on a server (TOOLCHAIN: no sandbox, no GPU, nothing
 *  phoned home). The benchmark and Lighthouse use them too. */
export const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-default-apps',
];

/** Launches the system Chromium (CHROME_PATH, else /usr/bin/chromium), with `extraArgs`. */
export function launch({ extraArgs = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROME_FLAGS, ...extraArgs],
  });
}

/**
 * The browser of a test file: launched before its tests, closed after them. Call it once at
 * the top of the file; `browser` is there once the tests run, and `withAtlas`/`withPage` are
 * those below with it. With `server: true`, one server of dist/ for the whole file too
 * (`server`), for suites that open many pages on the same site.
 */
export function suite({ server = false } = {}) {
  const handle = {
    browser: null,
    server: null,
    withAtlas: (query, options, body) => withAtlas(handle.browser, query, options, body),
    withPage: (address, options, body) => withPage(handle.browser, address, options, body),
  };
  before(async () => {
    handle.browser = await launch();
    if (server) handle.server = await serve({ root: DIST });
  });
  after(async () => {
    await handle.server?.close();
    await handle.browser?.close();
  });
  return handle;
}

/** Run in the page before its scripts: records CSP violations in `window.__cspViolations`
 *  (Playwright's `addInitScript`, Puppeteer's `evaluateOnNewDocument`). */
export function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}

/**
 * Opens a page (in a context of its own) that records problems: `problems` lists console
 * errors and uncaught page errors, `cspViolations()` the Content-Security-Policy violations,
 * `dialogs` the alert/confirm/prompt dialogs (dismissed), so that a test can assert there were
 * none. `bypassCSP: true` lets a test inject a script (e.g. axe-core) despite the server's CSP;
 * `locale` is the browser's language (navigator.language), English by default;
 * `javaScriptEnabled: false` opens the page as a reader without JavaScript (nothing recorded).
 */
export async function openPage(browser, {
  width = 1440, height = 900, bypassCSP = false, locale = 'en-US', javaScriptEnabled = true,
} = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, bypassCSP, javaScriptEnabled });
  const page = await context.newPage();
  const problems = [];
  const dialogs = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(recordCspViolations);
  page.problems = problems;
  page.dialogs = dialogs;
  page.cspViolations = () => page.evaluate(() => window.__cspViolations);
  return page;
}

/**
 * Serves dist/ (`base`, `routes` and `csp` as `serve` takes them), opens a page (`openPage`'s
 * options), runs `prepare(page)`, goes to `address` (relative to the served root; `waitUntil`
 * as Playwright's goto), waits for the atlas when `atlas` is true, runs `body(page, server)`,
 * then, with `clean` (the default) and JavaScript on, checks that nothing went to the console
 * as an error and that no CSP violation happened. Closes the page and the server whatever
 * happens.
 */
export async function withPage(browser, address, {
  base, routes, csp, prepare, waitUntil = 'load', atlas = false, clean = true, ...pageOptions
} = {}, body) {
  const server = await serve({ root: DIST, base, routes, csp });
  const page = await openPage(browser, pageOptions);
  try {
    await prepare?.(page, server);
    await page.goto(server.url + address, { waitUntil });
    if (atlas) await waitForAtlas(page);
    await body(page, server);
    if (clean && pageOptions.javaScriptEnabled !== false) {
      assert.deepEqual(page.problems, [], 'no console error or page error');
      assert.deepEqual(await page.cspViolations(), [], 'no CSP violation');
    }
  } finally {
    await page.context().close();
    await server.close();
  }
}

/**
 * Serves dist/ (under `base` if given), opens the atlas at `query` and waits for it, runs
 * `body(page, server)`, then checks that nothing went to the console as an error and that no
 * CSP violation happened (`withPage` with `atlas: true`).
 */
export function withAtlas(browser, query, options = {}, body) {
  return withPage(browser, query, { ...options, atlas: true }, body);
}

/** Opens a page (`openPage`'s options), runs `prepare(page)`, goes to `url` and waits for the
 *  atlas. */
export async function openAtlas(browser, url, { prepare, ...options } = {}) {
  const page = await openPage(browser, options);
  await prepare?.(page);
  await page.goto(url);
  await waitForAtlas(page);
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

/** The page's query parameters, as an object. */
/** The page's address once the app has written it: src/history.rs writes it after the paint
 *  that shows the view (a frame, then a task), so wait as long. */
export const address = (page) => page.evaluate(() => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(() => resolve(window.location.href)));
}));
/** The query of the page's address once written ([`address`]). */
export const search = async (page) => new URL(await address(page)).search;
/** The parameters of the page's address once written ([`address`]). */
export const params = async (page) => Object.fromEntries(new URL(await address(page)).searchParams);

/** A copy of `ids`, sorted. */
export const sorted = (ids) => [...ids].sort();

/** Clicks a point inside region `code`'s polygon on the main map, with the mouse, once the map
 *  stands still (it may be flying). */
export async function clickRegion(page, code) {
  const selector = `.map path.region-${code}`;
  await untilStill(page, [selector]);
  const point = await page.evaluate((sel) => {
    const shape = document.querySelector(sel);
    const frame = document.querySelector('.map').getBoundingClientRect();
    const r = shape.getBoundingClientRect();
    const left = Math.max(r.left, frame.left);
    const right = Math.min(r.right, frame.right);
    const top = Math.max(r.top, frame.top);
    const bottom = Math.min(r.bottom, frame.bottom);
    const points = [];
    for (let i = 1; i < 24; i += 1) {
      for (let j = 1; j < 24; j += 1) points.push([left + ((right - left) * i) / 24, top + ((bottom - top) * j) / 24]);
    }
    const cx = (left + right) / 2;
    const cy = (top + bottom) / 2;
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    const hit = points.find(([x, y]) => document.elementFromPoint(x, y) === shape);
    return hit ? { x: hit[0], y: hit[1] } : null;
  }, selector);
  assert.ok(point, `a clickable point inside the polygon of region ${code}`);
  await page.mouse.click(point.x, point.y);
}

/**
 * Waits until the card shows the cluster `name` and has taken the focus (its title, a frame
 * after the card opens or changes): only then is the next key or focus the visitor's own.
 */
export function cardShows(page, name) {
  return page.waitForFunction((want) => {
    const title = document.getElementById('card-title');
    return title?.textContent === want && document.activeElement === title;
  }, name);
}

/** Opens the card of cluster `id` (named `name`) from its list button, by keyboard (the open
 *  card may cover the list, a bottom sheet on phones), and waits for it (`cardShows`; the card
 *  already open on that cluster stays as it is, and keeps the focus where it is). */
export async function openCardFromList(page, id, name) {
  const open = await page.evaluate((want) => document.getElementById('card-title')?.textContent === want, name);
  await page.locator(`.cluster-list li[data-id="${id}"] button.cluster-name`).focus();
  await page.keyboard.press('Enter');
  if (open) await page.waitForFunction((want) => document.getElementById('card-title')?.textContent === want, name);
  else await cardShows(page, name);
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

// --- axe-core --------------------------------------------------------------------------------

/** axe-core's script, injected into the page under test (which must bypass the CSP). */
export const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Runs axe on the whole page: its violations, { id, impact, help, targets }. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** One line per violation: id, impact, what it is about and (some of) its targets. */
export function describeViolations(violations) {
  return violations.map((v) => {
    const more = v.targets.length > 20 ? ` (+${v.targets.length - 20} more)` : '';
    return `- ${v.id} [${v.impact}] ${v.help}: ${v.targets.slice(0, 20).join(' | ')}${more}`;
  }).join('\n');
}

/**
 * Runs axe and asserts no violation of the `failing` impacts (serious and critical by default;
 * the a11y suite fails on moderate ones too). The others are printed, as tolerated.
 */
export async function expectAxeClean(page, state, { failing = ['serious', 'critical'] } = {}) {
  const all = await axeViolations(page);
  const tolerated = all.filter((v) => !failing.includes(v.impact));
  if (tolerated.length) console.log(`${state}: axe findings tolerated here:\n${describeViolations(tolerated)}`);
  const violations = all.filter((v) => failing.includes(v.impact));
  assert.deepEqual(
    violations.map((v) => v.id),
    [],
    `${state}: ${violations.length} axe violation(s) (${failing.join(', ')}):\n${describeViolations(violations)}`,
  );
}

// --- Held requests --------------------------------------------------------------------------

/** A gate: requests routed through `hold` wait until `open()`. */
export function gate() {
  let open;
  const opened = new Promise((resolve) => { open = resolve; });
  return { opened, open };
}

/** A route answering the file of dist/ at `file` once `gate` is open. */
export const hold = (file, { opened }) => async (req, res) => {
  await opened;
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] });
  res.end(await fs.promises.readFile(path.join(DIST, file)));
};

// --- Layout shifts -----------------------------------------------------------------------------

/** Records the page's layout shifts (the Layout Instability API) from the start of each
 *  document, those after an input left out, each with what moved. Call before `goto`. */
export async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
          value: entry.value,
          sources: entry.sources.map((s) => {
            const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(' ');
            return `${s.node?.nodeName ?? '?'}.${s.node?.className ?? ''} at ${Math.round(entry.startTime)} ms: ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the layout shifts recorded so far, and what moved. */
export const layoutShifts = (page) => page.evaluate(() => ({
  total: window.__shifts.reduce((sum, s) => sum + s.value, 0),
  sources: window.__shifts.flatMap((s) => s.sources),
}));

// --- Downloads -----------------------------------------------------------------------------------

/** Clicks `button` and returns the download it starts: { name, bytes }. */
export async function download(page, button) {
  const [started] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: started.suggestedFilename(), bytes: fs.readFileSync(await started.path()) };
}

/** The rows of a CSV file written for spreadsheets: UTF-8 with a byte order mark (asserted),
 *  RFC 4180 (quoted fields may hold commas, quotes and line breaks), a final line break. */
export function csvRows(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  return parseCsv(bytes.toString('utf8').slice(1)).filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
