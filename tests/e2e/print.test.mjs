// The printed brief (issue 22): printing the atlas with a card open, with a region profile
// open, or a static page, gives one A4 portrait page (the browser's own print to PDF) with the
// map of the area drawn from the data, the facts, the sources, the date of the check and the
// page's address written out; nothing is cut (laid out for print in the A4 printable box) and
// the interactive parts are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suite, writtenDay, DATASET, CURRENT, SHOTS } from './browser.mjs';

const { withAtlas, withPage } = suite();
fs.mkdirSync(SHOTS, { recursive: true });

/** The A4 page's printable box in CSS pixels: 210 × 297 mm less the 12 mm margins of
 *  `@page` (style/poles.css). */
const BOX = { width: Math.floor((186 / 25.4) * 96), height: Math.floor((273 / 25.4) * 96) };

/** The cluster with the most sources, the longest card to print. */
const LONGEST = CURRENT.reduce((a, b) => (b.sources.length > a.sources.length ? b : a));
/** The region most clusters cover. */
const BUSIEST = DATASET.regions.reduce((a, b) => {
  const covering = (r) => CURRENT.filter((c) => c.regions.includes(r.code)).length;
  return covering(b) > covering(a) ? b : a;
});

/** Prints `page` to PDF (A4, as the browser's print dialog), saves it, and returns how many
 *  pages it has. */
async function printedPages(page, name) {
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(path.join(SHOTS, `print-${name}.pdf`), pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

/** Lays the page out as printed in the A4 printable box, and reads what shows: the boxes
 *  that overflow it, the texts of `selectors`, which of `hidden` still show. */
async function asPrinted(page, { selectors, hidden }) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(BOX);
  return page.evaluate(({ box, selectors, hidden }) => {
    const shows = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((e) => shows(e) && !e.closest('svg, .visually-hidden'))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > box.width + 1 || r.bottom + scrollY > box.height + 1);
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return {
      overflowing,
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      texts: Object.fromEntries(selectors.map((s) => [s, [...document.querySelectorAll(s)].filter(shows).map((e) => e.textContent.trim())])),
      shown: hidden.filter((s) => [...document.querySelectorAll(s)].some(shows)),
      background: getComputedStyle(document.body).backgroundColor,
    };
  }, { box: BOX, selectors, hidden });
}

/** The interactive parts print leaves out. */
const INTERACTIVE = ['.filters-wrap', '.time-control', '.list-panel', '.map-frame', '.leaflet-container',
  '.choropleth-legend', '.header-tools', '.downloads', '.card-close', '.card-print', '.summary-head .link-button', 'dialog'];

/** A region's name as its page's address writes it (`poles_model::site::region_slug`). */
const slugOf = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Today as the English interface writes it. */
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Presses the Print button (named `label`: the card's, else the downloads'), which draws the
 *  brief's map with the picture module and then opens the print dialog: here a stub that counts
 *  its calls and fires `beforeprint` as the browser does, but not `afterprint` (which takes the
 *  map out), so that the page stays laid out as printed. */
async function pressPrint(page, label) {
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; dispatchEvent(new Event('beforeprint')); };
  });
  // The card's own button when a card is open (it covers the list on phones), else the
  // downloads'.
  const card = page.locator('.card-print');
  const button = (await card.count()) ? card : page.locator('.downloads');
  await button.getByRole('button', { name: label, exact: true }).click();
  await page.waitForFunction(() => window.printed === 1);
}

/** Checks the brief printed from `page` after its Print button (`label`): one page, its map,
 *  its address line, nothing cut and nothing interactive; returns what `asPrinted` read of
 *  `selectors`. */
async function checkBrief(page, name, { address, selectors, label = 'Print' }) {
  await pressPrint(page, label);
  // The button drew the map and the print handler wrote the line.
  const line = await page.locator('.print-address').textContent();
  assert.equal(line.split(' — ')[0], address, `${name}: the page's address`);
  const map = await page.locator('.print-map svg').evaluate((svg) => ({
    markers: svg.querySelectorAll('circle.marker').length,
    regions: svg.querySelectorAll('path.region').length,
    open: [...svg.querySelectorAll('circle.marker.open')].map((m) => m.dataset.id),
    selected: [...svg.querySelectorAll('path.region.selected')].map((p) => p.dataset.code),
    credits: svg.querySelector('.credits').textContent,
  }));
  assert.ok(map.markers > 0 && map.regions > 0, `${name}: the map of the area, drawn`);
  const printed = await asPrinted(page, { selectors: ['.print-map svg', '.print-address', ...selectors], hidden: INTERACTIVE });
  await page.screenshot({ path: path.join(SHOTS, `print-${name}.png`), fullPage: true });
  assert.deepEqual(printed.overflowing, [], `${name}: nothing outside the printable box`);
  assert.ok(printed.scroll[0] <= BOX.width && printed.scroll[1] <= BOX.height, `${name}: ${printed.scroll} within ${BOX.width}×${BOX.height}`);
  assert.deepEqual(printed.shown, [], `${name}: nothing interactive printed`);
  assert.equal(printed.texts['.print-map svg'].length, 1, `${name}: the map printed`);
  assert.equal(printed.background, 'rgb(255, 255, 255)', `${name}: on white`);
  // The browser's own print to PDF of the same page: one A4 page.
  assert.equal(await printedPages(page, name), 1, `${name}: one A4 page`);
  return { line, map, texts: printed.texts };
}

test('the atlas with a card prints one page: map, facts, sources, check date, address', async () => {
  const cluster = LONGEST;
  // In the dark theme: print is light all the same.
  await withAtlas(`?cluster=${cluster.id}&theme=dark`, {}, async (page, server) => {
    const { line, map, texts } = await checkBrief(page, 'card', {
      address: `${server.url}clusters/${cluster.id}/`,
      selectors: ['.card h2', '.card-sources li', '.card-checked', '.card-row dd', '.app-footer p'],
    });
    assert.ok(line.endsWith(`printed on ${today()}`), line);
    assert.deepEqual(map.open, [cluster.id], 'the cluster marked on the map');
    assert.match(map.credits, /geometry: IGN Admin Express, Licence Ouverte/);
    assert.deepEqual(texts['.card h2'], [cluster.name]);
    assert.equal(texts['.card-sources li'].length, cluster.sources.length, 'every source printed');
    assert.match(texts['.card-checked'][0], /^Facts checked: /, 'the date of the check');
    assert.ok(texts['.card-row dd'].includes(cluster.hq.city), 'the facts');
    assert.match(texts['.app-footer p'].join(' '), new RegExp(`updated ${writtenDay(DATASET.updated, 'en')}`), "the data's date");
  });
});

test('the atlas with a region profile prints one page, in French', async () => {
  const region = BUSIEST;
  await withAtlas(`?region=${region.code}&lang=fr`, {}, async (page, server) => {
    const { line, map, texts } = await checkBrief(page, 'region-fr', {
      label: 'Imprimer',
      address: `${server.url}fr/regions/${slugOf(region.name)}/`,
      selectors: ['.region-summary h2', '.profile-bar', '.figure', '.app-footer p'],
    });
    assert.match(line, /imprimé le /);
    assert.deepEqual(map.selected, [region.code], 'the region outlined on the map');
    assert.match(map.credits, /géométrie\u00a0: IGN Admin Express, Licence Ouverte/);
    assert.deepEqual(texts['.region-summary h2'], [region.name]);
    assert.ok(texts['.profile-bar'].length > 3, 'the clusters by sector');
    assert.equal(texts['.figure'].length, 5, 'the key figures');
    assert.match(texts['.app-footer p'].join(' '), new RegExp(`mises à jour le ${writtenDay(DATASET.updated, 'fr')}`));
  });
});

test("the browser's own print: one page, the facts and the address, no map; after a Print, the map is taken out", async () => {
  const cluster = LONGEST;
  await withAtlas(`?cluster=${cluster.id}`, {}, async (page, server) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    assert.equal(await printedPages(page, 'card-menu'), 1, 'one A4 page');
    const line = await page.locator('.print-address').textContent();
    assert.equal(line.split(' — ')[0], `${server.url}clusters/${cluster.id}/`);
    assert.equal(await page.locator('.print-map').innerHTML(), '', 'no map: only a Print button draws one');
    assert.deepEqual(requests.filter((u) => u.includes('picture')), [], 'the picture module and worker are not loaded by printing');
    const printed = await asPrinted(page, { selectors: ['.card h2'], hidden: INTERACTIVE });
    assert.deepEqual(printed.overflowing, []);
    assert.deepEqual(printed.texts['.card h2'], [cluster.name]);
    // A Print button's print, as the browser runs it: the map is there while the page prints,
    // and taken out after.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => {
      window.during = null;
      window.print = () => {
        dispatchEvent(new Event('beforeprint'));
        window.during = document.querySelectorAll('.print-map svg circle.marker').length;
        dispatchEvent(new Event('afterprint'));
      };
    });
    await page.locator('.card-print').getByRole('button', { name: 'Print', exact: true }).click();
    await page.waitForFunction(() => window.during !== null);
    assert.ok(await page.evaluate(() => window.during) > 0, 'the map while printing');
    assert.equal(await page.locator('.print-map').innerHTML(), '', 'no map after');
  });
});

test('without the picture module (unreachable), Print still prints the brief, without its map, and says why', async () => {
  const prepare = (page) => page.route('**/pictures.js', (route) => route.abort());
  await withAtlas(`?cluster=${LONGEST.id}`, { prepare, clean: false }, async (page) => {
    await pressPrint(page, 'Print');
    assert.equal(await page.locator('.print-map svg').count(), 0, 'no map');
    assert.match(await page.locator('.print-address').textContent(), /printed on/, 'the address line');
    // The console says why (beside the browser's own line on the failed request), once.
    const said = page.problems.filter((p) => /Pôles: the picture module could not load/.test(p));
    assert.equal(said.length, 1, page.problems.join('\n'));
    const others = page.problems.filter((p) => !said.includes(p) && !/Failed to load resource/.test(p));
    assert.deepEqual(others, []);
  });
});

test('a static cluster page prints the same brief, and one page without JavaScript', async () => {
  const cluster = CURRENT.find((c) => c.id === 'minalogic') ?? CURRENT[0];
  const address = `clusters/${cluster.id}/`;
  await withPage(address, { atlas: true }, async (page, server) => {
    const { map, texts } = await checkBrief(page, 'page', {
      address: server.url + address,
      selectors: ['.card h2', '.card-sources li', '.card-checked'],
    });
    assert.deepEqual(map.open, [cluster.id]);
    assert.deepEqual(texts['.card h2'], [cluster.name]);
    assert.equal(texts['.card-sources li'].length, cluster.sources.length);
  });
  // Without JavaScript, the longest page.
  await withPage(`clusters/${LONGEST.id}/`, { javaScriptEnabled: false }, async (page) => {
    assert.equal(await printedPages(page, 'page-no-js'), 1, 'one A4 page');
    const printed = await asPrinted(page, {
      selectors: ['.page-card h1', '.page-section li', '.card-checked'],
      hidden: ['.header-tools', '.page-map'],
    });
    await page.screenshot({ path: path.join(SHOTS, 'print-page-no-js.png'), fullPage: true });
    assert.deepEqual(printed.overflowing, [], 'nothing outside the printable box');
    assert.deepEqual(printed.shown, [], 'no map placeholder, no tools');
    assert.deepEqual(printed.texts['.page-card h1'], [LONGEST.name]);
    assert.ok(printed.texts['.page-section li'].length >= LONGEST.sources.length, 'the sources');
    assert.match(printed.texts['.card-checked'][0], /^Facts checked: /);
  });
});
