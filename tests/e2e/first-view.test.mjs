// The first view (issue 24, ARCHITECTURE.md "The shell"): the build writes into index.html what
// the default view shows on its day. Without JavaScript it is the page: every cluster labelled
// that day, each a link to its page, the regions linked to theirs. With JavaScript it paints
// before the wasm, in the visitor's language, and stays while the app starts (the names never
// blink out); the app's atlas takes its place with the regions where they were drawn (the first
// view's map under Leaflet's until Leaflet has drawn the outlines: the map is never blank), and
// nothing moves. Where the address asks for another view, or the visitor's day is past the
// span the build wrote, the loading frames show instead: never a wrong list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import {
  suite, openPage, waitForAtlas, untilStill, screenshot, recordShifts, layoutShifts, wasmAddress, gate, hold, DIST, CURRENT, search,
} from './browser.mjs';

const chromium = suite();
const INDEX = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const [FROM, UNTIL] = INDEX.match(/<meta name="poles-first-view" content="([\d-]+) ([\d-]+)">/).slice(1);
const WASM = wasmAddress();
const DATA = '/data/clusters.json';


/** The box around a map's region outlines (`selector`), in CSS pixels. */
const outlinesBox = (page, selector) => page.$$eval(selector, (paths) => {
  const boxes = paths.map((p) => p.getBoundingClientRect());
  return [
    Math.min(...boxes.map((b) => b.left)), Math.min(...boxes.map((b) => b.top)),
    Math.max(...boxes.map((b) => b.right)), Math.max(...boxes.map((b) => b.bottom)),
  ];
});

test('the build wrote the first view of its day, which holds until a later one', () => {
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(FROM <= today && FROM < UNTIL, `${FROM} ${UNTIL}`);
});

test('without JavaScript, the atlas lists every cluster labelled today, each a link to its page, and each region leads to its page', async () => {
  const server = await serve({ root: DIST });
  const page = await openPage(chromium.browser, { javaScriptEnabled: false });
  try {
    await page.goto(server.url);
    const items = page.locator('.first-view .cluster-item');
    assert.ok(await page.locator('.first-view').isVisible(), 'the first view shows');
    assert.equal(await items.count(), CURRENT.length, 'every current cluster, and no other');
    const links = await page.locator('.first-view a.cluster-name').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    assert.deepEqual(links.map(([, href]) => href).sort(), CURRENT.map((c) => `clusters/${c.id}/`).sort());
    for (const [, href] of links) {
      const response = await fetch(server.url + href);
      assert.equal(response.status, 200, href);
    }
    assert.ok(await page.getByText(`${CURRENT.length} clusters shown`).isVisible());
    const regions = await page.locator('.first-map-svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(regions.length >= 18, `${regions.length} regions`);
    for (const href of regions) assert.equal((await fetch(server.url + href)).status, 200, href);
    // Following a name opens its page.
    await page.locator('.first-view a.cluster-name').first().click();
    await page.waitForURL(/\/clusters\/[^/]+\/$/);
    assert.ok(await page.locator('h1#page-title').isVisible());
  } finally {
    await page.context().close();
    await server.close();
  }
});

for (const c of [
  { name: 'fr-1440', query: '?lang=fr', width: 1440, height: 900, heading: 'Pôles', count: /^\d+ pôles affichés$/ },
  { name: 'en-390', query: '', width: 390, height: 844, heading: 'Clusters', count: /^\d+ clusters shown$/ },
  { name: 'ja-320', query: '?lang=ja', width: 320, height: 640, count: /\d+/ },
]) {
  test(`the first view paints before the wasm and stays until the atlas takes its place, the regions where they were: ${c.name}`, async () => {
    const wasm = gate();
    const data = gate();
    const server = await serve({ root: DIST, routes: { [WASM]: hold(WASM, wasm), [DATA]: hold(DATA, data) } });
    const page = await openPage(chromium.browser, { width: c.width, height: c.height });
    try {
      await recordShifts(page);
      // Each frame from the first view's map's until Leaflet has drawn the outlines: whether it
      // showed neither the first view's map nor Leaflet's outlines (a blank map).
      await page.addInitScript(() => {
        window.__blankFrames = 0;
        let seen = false;
        const frame = () => {
          if (document.querySelector('path.region')) return;
          const first = document.querySelector('.first-map-svg');
          seen ||= first !== null;
          if (seen && !first) window.__blankFrames++;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.goto(server.url + c.query, { waitUntil: 'domcontentloaded' });
      const first = page.locator('#poles-shell .first-view');
      await first.waitFor();
      // (1) Before the wasm: the names, the counts in the page's language, the map.
      assert.equal(await first.locator('.cluster-item').count(), CURRENT.length);
      const shown = (selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent.trim()));
      assert.match((await shown('.first-view .count [data-lang]'))[0], c.count);
      if (c.heading) assert.deepEqual(await shown('.first-view h2 [data-lang]'), [c.heading]);
      assert.equal((await shown('.first-chips .chip-label [data-lang]')).length, (await page.locator('.first-chips .chip-label').count()), 'each chip in one language');
      const before = await outlinesBox(page, '.first-map .first-region');
      await screenshot(page, `first-view-${c.name}`);

      // (2) The app mounts, its data held: the first view stays, the app's header hidden.
      wasm.open();
      await page.locator('body > header.app-header').waitFor({ state: 'attached', timeout: 20000 });
      assert.ok(await first.isVisible(), 'the first view stays while the data loads');
      assert.equal((await page.locator('header.app-header').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()))).length, 1, 'one header shows');

      // (3) The data comes: the atlas takes the first view's place; the regions stay put.
      data.open();
      await waitForAtlas(page);
      await page.locator('#map path.region').first().waitFor();
      await untilStill(page, ['.leaflet-map-pane', 'header', 'main', '.map', '.list-panel']);
      assert.equal(await page.evaluate(() => window.__blankFrames), 0, 'the map was never blank: the first view\'s stayed until Leaflet drew');
      assert.equal(await page.locator('#poles-shell, .first-view, .first-map-svg').count(), 0, 'nothing of the shell is left');
      const after = await outlinesBox(page, '#map path.region');
      for (let i = 0; i < 4; i++) assert.ok(Math.abs(after[i] - before[i]) < 2, `the outlines' box ${after} is the first view's ${before}`);
      const { total, sources } = await layoutShifts(page);
      assert.equal(total, 0, `cumulative layout shift from navigation to the loaded atlas (moved: ${sources.join(', ')})`);
      assert.deepEqual(page.problems, []);
      assert.deepEqual(await page.cspViolations(), []);
    } finally {
      wasm.open();
      data.open();
      await page.context().close();
      await server.close();
    }
  });
}

for (const c of [
  { name: 'a sector asked for', query: '?sector=health' },
  { name: 'a cluster asked for', query: '?cluster=aerospace-valley' },
  { name: 'another dataset', query: '?data=data/clusters.json' },
  { name: 'the embedded layout', query: '?embed=1' },
  { name: 'a day past its span', query: '', clock: `${UNTIL}T09:00:00` },
  { name: 'a day before it', query: '', clock: '2026-01-15T09:00:00' },
]) {
  test(`the loading frames show instead of the first view: ${c.name}`, async () => {
    const wasm = gate();
    const server = await serve({ root: DIST, routes: { [WASM]: hold(WASM, wasm) } });
    const page = await openPage(chromium.browser);
    try {
      if (c.clock) await page.clock.setFixedTime(new Date(c.clock));
      await page.goto(server.url + c.query, { waitUntil: 'domcontentloaded' });
      await page.locator('#poles-shell main .status').first().waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('no-first-view')), true);
      assert.equal(await page.locator('.first-view').isVisible(), false, 'no first view');
      assert.equal(await page.locator('.first-chips').isVisible(), false, 'no chips');
      const frame = await page.evaluate(() => getComputedStyle(document.querySelector('#poles-shell main'), '::before').content);
      assert.equal(frame, '""', 'the map\'s loading frame');
      wasm.open();
      // Playwright's clock stands in for `performance` too (no marks): wait for the list.
      await page.locator('main#main .cluster-item').first().waitFor({ timeout: 20000 });
      assert.equal(await page.locator('#poles-shell').count(), 0);
    } finally {
      wasm.open();
      await page.context().close();
      await server.close();
    }
  });
}

/** What the first view shows (`root`: its selector) or the app's atlas: the names listed, the
 *  count and the notice of labels past their term as read, the regions' classes (sorted: the
 *  two maps draw them in another order), and the marks shown on the first view's maps. */
const shownView = (page, root) => page.evaluate((root) => {
  const shown = (selector) => [...document.querySelectorAll(`${root} ${selector}`)].filter((e) => e.checkVisibility());
  return {
    names: shown('.cluster-item .cluster-name').map((e) => e.textContent.trim()),
    count: shown('.count').map((e) => e.innerText.trim()),
    notice: shown('.notice-unconfirmed').map((e) => e.innerText.trim()),
    shades: [...document.querySelectorAll(`${root} .first-region, ${root} path.region`)].map((e) => e.getAttribute('class').match(/choropleth-\d/)?.[0]).sort(),
    marks: shown('.marks').length,
  };
}, root);

for (const c of [
  { name: 'fr-1440', query: '?lang=fr', width: 1440, height: 900 },
  { name: 'en-390', query: '', width: 390, height: 844 },
  // The app follows the address from its start (`popstate`).
  { name: 'en-1440, the app started, its data held', query: '', width: 1440, height: 900, held: DATA },
]) {
  test(`the first view's chips work before the wasm, and the atlas opens on the view they chose: ${c.name}`, async () => {
    const wasm = gate();
    const held = c.held ?? WASM;
    const server = await serve({ root: DIST, routes: { [held]: hold(held, wasm) } });
    const page = await openPage(chromium.browser, { width: c.width, height: c.height });
    try {
      await page.goto(server.url + c.query, { waitUntil: 'domcontentloaded' });
      await page.locator('#poles-shell .first-view').waitFor();
      if (c.held) await page.locator('body > header.app-header').waitFor({ state: 'attached', timeout: 20000 });
      const all = await shownView(page, '.first-view');
      const chips = page.locator('.first-chips .chip[data-sector]');
      const [x, y] = await chips.evaluateAll((cs) => cs.slice(0, 2).map((c) => c.dataset.sector));
      const of = (sectors) => CURRENT.filter((cl) => cl.sectors.some((s) => sectors.includes(s))).map((cl) => cl.name);

      // A click, then a key: each sector adds its clusters, as the app's chips do.
      await chips.nth(0).click();
      await page.locator('.first-chips .chip').nth(2).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((q) => window.location.search.includes(q), `sector=${x},${y}`);
      const both = await shownView(page, '.first-view');
      assert.deepEqual(both.names.toSorted(), of([x, y]).toSorted());
      assert.equal(both.marks, both.names.length, 'a mark per cluster listed');
      assert.match(both.count[0], new RegExp(`^${both.names.length}\\D`));
      assert.notDeepEqual(both.shades, all.shades, 'the regions shaded by the clusters shown');
      assert.deepEqual(await page.locator('.first-chips .chip').evaluateAll((cs) => cs.slice(0, 3).map((c) => c.getAttribute('aria-pressed'))), ['false', 'true', 'true']);
      await screenshot(page, `first-view-chips-${c.name.split(',')[0]}`);

      // Back: the first sector alone.
      await page.evaluate(() => window.history.back());
      await page.waitForFunction((q) => window.location.search.startsWith(q) && !window.location.search.includes(','), `?sector=${x}`);
      const one = await shownView(page, '.first-view');
      assert.deepEqual(one.names.toSorted(), of([x]).toSorted());
      assert.ok(one.names.length < all.names.length && one.names.length > 0);
      assert.equal(one.marks, one.names.length);

      // The app starts on that view: the same list, count, notice and shading, and the key
      // stays on the chip it was on.
      wasm.open();
      await waitForAtlas(page);
      await page.locator('#map path.region').first().waitFor();
      assert.equal(await page.locator('#poles-shell').count(), 0);
      assert.match(await search(page), new RegExp(`sector=${x}(&|$)`));
      const app = await shownView(page, 'main#main');
      assert.deepEqual(app.names, one.names, 'the same names in the same order');
      assert.deepEqual(app.count, one.count);
      assert.deepEqual(app.notice, one.notice);
      assert.deepEqual(app.shades, one.shades);
      await page.waitForFunction((id) => document.activeElement?.matches(`.chips .chip[data-sector="${id}"]`), y);
      assert.deepEqual(page.problems, []);
      assert.deepEqual(await page.cspViolations(), []);
    } finally {
      wasm.open();
      await page.context().close();
      await server.close();
    }
  });
}
