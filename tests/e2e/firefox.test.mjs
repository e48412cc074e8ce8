// Smoke run in a second engine: Debian's Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi (Playwright cannot drive a stock Firefox). The release build, served with the strict CSP,
// loads; a sector chip filters the list and the map; a card opens and its Print draws the
// brief's map; nothing goes to the console as an error and no CSP violation happens.
// FIREFOX_PATH points at another Firefox binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve } from './server.mjs';
import {
  recordCspViolations, address, gate, hold, wasmAddress, DIST, DATASET, CURRENT, SHOTS,
} from './browser.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser;
before(async () => {
  assert.ok(fs.existsSync(FIREFOX), `Firefox not found at ${FIREFOX}: run \`cargo xtask setup --browser\` (installs firefox-esr) or set FIREFOX_PATH`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});
after(async () => { await browser?.close(); });

/** The number in the list's count text ("57 clusters shown"). */
async function shown(page) {
  const text = await page.$eval('.list-panel .count', (el) => el.textContent);
  return Number.parseInt(text.replace(/[\s\u202f,]/g, ''), 10);
}

test('Firefox ESR: the atlas loads, a sector chip filters it, a card opens and prints its map, no console error', async () => {
  const server = await serve({ root: DIST });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  try {
    await page.setViewport({ width: 1440, height: 900 });
    await page.evaluateOnNewDocument(recordCspViolations);
    await page.goto(`${server.url}?lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('poles:rendered').length > 0, { timeout: 30000 });
    assert.equal(await shown(page), CURRENT.length, 'every current cluster listed');
    await page.waitForFunction(() => document.querySelectorAll('path.region').length > 0, { timeout: 30000 });
    assert.equal(await page.$$eval('path.region', (els) => els.length), 18, 'the region outlines are drawn');
    assert.equal(await page.$$eval('.first-map-svg', (els) => els.length), 0, 'the first view\'s maps are gone');
    assert.ok(await page.$$eval('.poles-marker, .poles-cluster', (els) => els.length) > 0, 'markers on the map');

    // A sector chip: the count follows the data.
    const sector = DATASET.sectors.find((s) => {
      const n = CURRENT.filter((c) => c.sectors.includes(s.id)).length;
      return n > 0 && n < CURRENT.length;
    });
    const expected = CURRENT.filter((c) => c.sectors.includes(sector.id)).length;
    await page.click(`.chips button.chip[data-sector="${sector.id}"]`);
    await page.waitForFunction(
      (n) => Number.parseInt(document.querySelector('.list-panel .count').textContent.replace(/[\s,]/g, ''), 10) === n,
      { timeout: 10000 },
      expected,
    );
    assert.equal(await page.$eval(`.chips button.chip[data-sector="${sector.id}"]`, (b) => b.getAttribute('aria-pressed')), 'true');
    assert.equal(await page.$$eval('.cluster-list li.cluster-item', (els) => els.length), expected);
    assert.match(await address(page), new RegExp(`sector=${sector.id}`), 'the address follows the filter');

    // A card, from the list.
    const id = await page.$eval('.cluster-list li.cluster-item', (li) => li.dataset.id);
    await page.click(`.cluster-list li[data-id="${id}"] button.cluster-name`);
    await page.waitForSelector('aside.card #card-title', { timeout: 10000 });
    const cluster = DATASET.clusters.find((c) => c.id === id);
    assert.equal(await page.$eval('#card-title', (el) => el.textContent), cluster.name);
    assert.equal(await page.$eval('aside.card .card-description', (el) => el.textContent), cluster.description.en);
    assert.match(await address(page), new RegExp(`cluster=${id}`));

    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'firefox-card.png') });

    // The card's Print: the picture module (loaded now) and its worker draw the brief's map,
    // then print (the print dialog stubbed: it would wait for a person).
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await page.click('.card-print button.print');
    await page.waitForFunction(() => window.printed === 1, { timeout: 30000 });
    const marked = await page.$$eval('.print-map svg circle.marker.open', (els) => els.map((m) => m.dataset.id));
    assert.deepEqual(marked, [id], "the brief's map drawn, the card's cluster marked");
    assert.deepEqual(problems, [], 'no console error or page error');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
  } finally {
    await page.close();
    await server.close();
  }
});

test('Firefox ESR: the first view\'s chips filter it before the wasm, and the atlas opens on their view', async () => {
  const wasm = gate();
  const server = await serve({ root: DIST, routes: { [wasmAddress()]: hold(wasmAddress(), wasm) } });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  try {
    await page.setViewport({ width: 1440, height: 900 });
    await page.goto(`${server.url}?lang=de`);
    await page.waitForSelector('#poles-shell .first-view');
    const sector = DATASET.sectors.find((s) => CURRENT.some((c) => c.sectors.includes(s.id)));
    const expected = CURRENT.filter((c) => c.sectors.includes(sector.id)).map((c) => c.name).sort();
    await page.click(`.first-chips .chip[data-sector="${sector.id}"]`);
    await page.waitForFunction((id) => window.location.search.includes(`sector=${id}`), {}, sector.id);
    const names = await page.$$eval('.first-view .cluster-item:not(.out) .cluster-name', (els) => els.map((e) => e.textContent));
    assert.deepEqual(names.sort(), expected);
    const count = await page.$eval('.first-view .count [data-lang="de"]', (el) => el.textContent);
    assert.equal(count, `${expected.length} Cluster angezeigt`);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'firefox-first-view-chip.png') });
    wasm.open();
    await page.waitForFunction(() => performance.getEntriesByName('poles:rendered').length > 0, { timeout: 30000 });
    assert.equal(await shown(page), expected.length, 'the atlas opens on the sector chosen');
    assert.deepEqual(problems, []);
  } finally {
    wasm.open();
    await page.close();
    await server.close();
  }
});
