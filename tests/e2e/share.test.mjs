// Sharing the atlas end to end: deep links and Back/Forward, the French interface, "Copy link",
// the Embed snippet running on another origin (with embed.js sizing the iframe, both ways), the
// embed layout on a phone (and its card), hosting under a sub-path, CSV/JSON downloads, the
// accent colour, and hostile query strings that must never break the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { serve } from './server.mjs';
import {
  suite, openPage, waitForAtlas, screenshot, markerTotal, settled, eventually, untilStill, listedIds, shownCount,
  sorted, pressedChips, pressedOnly, download, csvRows, DIST, DATASET, CURRENT, SHOTS, address, search,
} from './browser.mjs';

const SECTORS = DATASET.sectors;
const byId = new Map(DATASET.clusters.map((c) => [c.id, c]));
/** Parameters the app writes, in their canonical order. */
const CANONICAL_KEYS = ['sector', 'region', 'q', 'cluster', 'hist', 'lang', 'embed', 'accent', 'data'];
const DEFAULT_ACCENT = '#1f4e9c';

const chromium = suite();
const { withAtlas } = chromium;

/** A server, on an origin of its own, of a partner's page `/host.html` (with no CSP of ours). */
const partnerSite = (html) => serve({
  root: DIST,
  csp: false,
  routes: {
    '/host.html': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    },
  },
});


/** Waits until the page's query string is `want` (with its `?`, or '' for none). */
async function waitForSearch(page, want) {
  await page.waitForFunction((want) => location.search === want, want, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await search(page), want);
}

/** Current clusters matching any of `sectors` (all when empty) and `region` (any when null). */
function expectedIds({ sectors = [], region = null } = {}) {
  return sorted(CURRENT
    .filter((c) => sectors.length === 0 || c.sectors.some((s) => sectors.includes(s)))
    .filter((c) => region === null || c.regions.includes(region))
    .map((c) => c.id));
}

/** Asserts that a query string holds only known parameters, once each, in canonical order. */
function assertCanonical(search, message) {
  const keys = [...new URLSearchParams(search).keys()];
  assert.ok(keys.every((k) => CANONICAL_KEYS.includes(k)), `${message}: only known keys in ${search}`);
  assert.equal(new Set(keys).size, keys.length, `${message}: no repeated key in ${search}`);
  const order = keys.map((k) => CANONICAL_KEYS.indexOf(k));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), `${message}: canonical order in ${search}`);
}

test('a deep link restores sectors, region, open card and French, and stays canonical', async () => {
  const query = '?sector=aerospace,mobility&region=76&cluster=aerospace-valley&lang=fr';
  await withAtlas(query, {}, async (page) => {
    const want = expectedIds({ sectors: ['aerospace', 'mobility'], region: '76' });
    assert.deepEqual(await settled(async () => sorted(await listedIds(page)), want), want, 'the filtered list');
    assert.deepEqual(await pressedChips(page), pressedOnly('aerospace', 'mobility'), 'chips pressed');
    assert.equal(await page.locator('#region').inputValue(), '76', 'region select');
    await page.locator('aside.card').waitFor();
    assert.equal(await page.locator('#card-title').textContent(), byId.get('aerospace-valley').name);
    assert.equal(await page.locator('.cluster-item[aria-current="true"]').getAttribute('data-id'), 'aerospace-valley');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('.list-panel .count').textContent(), `${want.length} pôles affichés`);
    assert.equal(await markerTotal(page), want.length, 'markers follow the link');
    assert.equal(await search(page), query, 'a canonical link is kept as it is');

    // The same view with its parameters shuffled is rewritten to the canonical address,
    // replacing the entry rather than adding one.
    const length = await page.evaluate(() => history.length);
    await page.goto((await address(page)).replace(/\?.*/, '?lang=fr&cluster=aerospace-valley&region=76&sector=aerospace,mobility'));
    await waitForAtlas(page);
    await waitForSearch(page, query);
    assert.equal(await page.evaluate(() => history.length), length + 1, 'one entry for the new load, none for the rewrite');
  });
});

test('Back and Forward restore selections; typing a search adds no history entry', async () => {
  await withAtlas('', {}, async (page) => {
    const start = await page.evaluate(() => history.length);
    await page.locator('.chips button.chip[data-sector="aerospace"]').click();
    await waitForSearch(page, '?sector=aerospace');
    await page.locator('.chips button.chip[data-sector="health"]').click();
    await waitForSearch(page, '?sector=aerospace,health');
    assert.equal(await page.evaluate(() => history.length), start + 2, 'one entry per selection');

    await page.evaluate(() => history.back());
    await waitForSearch(page, '?sector=aerospace');
    assert.deepEqual(await settled(() => pressedChips(page), pressedOnly('aerospace')), pressedOnly('aerospace'));
    const aerospace = expectedIds({ sectors: ['aerospace'] });
    assert.deepEqual(await settled(async () => sorted(await listedIds(page)), aerospace), aerospace);

    await page.evaluate(() => history.forward());
    await waitForSearch(page, '?sector=aerospace,health');
    const both = pressedOnly('aerospace', 'health');
    assert.deepEqual(await settled(() => pressedChips(page), both), both);
    assert.equal(await page.evaluate(() => history.length), start + 2, 'Back/Forward add no entry');

    const before = await page.evaluate(() => history.length);
    await page.locator('#search').pressSequentially('lyon', { delay: 30 });
    await waitForSearch(page, '?sector=aerospace,health&q=lyon');
    assert.equal(await page.evaluate(() => history.length), before, 'typing replaces the current entry');
    // Back from the typed search returns to the previous selection, not to "lyo".
    await page.evaluate(() => history.back());
    await waitForSearch(page, '?sector=aerospace');
    assert.equal(await page.locator('#search').inputValue(), '');
  });
});

test('lang=fr shows the whole interface in French, and switching to English needs no reload', async () => {
  await withAtlas('?cluster=aerospace-valley&lang=fr', {}, async (page) => {
    await page.locator('aside.card').waitFor();
    const regions = ['header.app-header', 'section.filters', 'section.list-panel', 'aside.card', 'footer.app-footer'];
    /**
     * The interface's own words in those parts: text nodes (outside the cluster names,
     * descriptions, member lists and sources, which are data) plus accessible names, titles
     * and placeholders.
     */
    const interfaceText = () => page.evaluate((selectors) => selectors.map((selector) => {
      const root = document.querySelector(selector);
      if (!root) return `[missing ${selector}]`;
      const data = '.cluster-name, .cluster-city, #card-title, .card-short, .card-description, dd, .triad li, .card-sources li, .licence, option:not([value=""])';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest(data)) texts.push(node.textContent);
      }
      const attributes = [root, ...root.querySelectorAll('[aria-label], [title], [placeholder]')]
        .filter((e) => !e.closest(data))
        .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a)))
        .filter(Boolean);
      return [...texts, ...attributes].join('\n');
    }).join('\n'), regions);
    const french = await interfaceText();
    assert.doesNotMatch(french, /\[missing /);
    const english = [
      'Search', 'Region', 'All of France', 'All sectors', 'clusters shown', 'Show historical clusters',
      'Copy link', 'Embed', 'Headquarters', 'Close', 'Members', 'Enterprises', 'Research centres',
      'Training organisations', 'Website', 'Download the visible clusters', 'updated', 'Filters', 'Language',
      'About', 'Regional agency',
    ];
    const leaked = english.filter((s) => new RegExp(`\\b${s}\\b`).test(french));
    assert.deepEqual(leaked, [], 'no English interface text under lang=fr');
    const expectedFrench = [
      'Rechercher', 'Région', 'Toute la France', 'Tous les secteurs', 'pôles affichés',
      'Afficher les pôles historiques', 'Copier le lien', 'Intégrer', 'Siège', 'Fermer',
      'Télécharger les pôles affichés', 'mises à jour le',
    ];
    const missing = expectedFrench.filter((s) => !french.includes(s));
    assert.deepEqual(missing, [], 'the French texts are shown');

    const chipLabels = () => page.locator('.chips button.chip[data-sector]').evaluateAll((chips) => Object.fromEntries(
      chips.map((c) => [c.dataset.sector, c.querySelector('.chip-label').textContent]),
    ));
    const frLabels = Object.fromEntries(SECTORS.map((s) => [s.id, s.short_label.fr]));
    assert.deepEqual(await chipLabels(), frLabels, 'chip labels are the dataset\'s French short labels');

    await page.evaluate(() => { window.__sameDocument = true; });
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await waitForSearch(page, '?cluster=aerospace-valley&lang=en');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const enLabels = Object.fromEntries(SECTORS.map((s) => [s.id, s.short_label.en]));
    assert.deepEqual(await settled(chipLabels, enLabels), enLabels, 'chips switch to English');
    assert.equal(await page.locator('.list-panel .count').textContent(), `${CURRENT.length} clusters shown`);
    const now = await interfaceText();
    for (const s of ['Search', 'All sectors', 'Copy link', 'Embed', 'Headquarters', 'Show historical clusters']) {
      assert.ok(now.includes(s), `"${s}" after switching to English`);
    }
    assert.equal(await page.locator('#card-title').textContent(), byId.get('aerospace-valley').name, 'the card stays open');
    const menu = page.getByRole('combobox', { name: 'Language' });
    assert.equal(await menu.inputValue(), 'en', 'the menu says English');
    assert.equal(await menu.evaluate((s) => s.selectedOptions[0].text), 'English');
  });
});

test('"Copy link" puts the canonical address of the view on the clipboard', async () => {
  await withAtlas('?region=84&sector=health', {}, async (page, server) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await waitForSearch(page, '?sector=health&region=84');
    const button = page.locator('.share-tools button', { hasText: /Copy link|Link copied/ });
    assert.equal(await button.textContent(), 'Copy link');
    await button.click();
    await page.locator('.share-tools button', { hasText: 'Link copied' }).waitFor({ timeout: 5000 });
    const [clipboard, href] = await page.evaluate(async () => [await navigator.clipboard.readText(), location.href]);
    assert.equal(clipboard, href);
    assert.equal(clipboard, `${server.url}?sector=health&region=84`);
    // Any change of the view makes the button offer a fresh copy.
    await page.locator('.chips button.chip[data-sector="digital"]').click();
    await page.locator('.share-tools button', { hasText: 'Copy link' }).waitFor({ timeout: 5000 });

    // The Embed dialog's "Copy code" copies exactly the snippet shown.
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor({ timeout: 5000 });
    const code = await page.locator('#embed-code').inputValue();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    assert.ok(code.includes('?sector=health,digital&amp;region=84&amp;embed=1"'), code);
  });
});

test('the Embed snippet works on another origin: filters kept, iframe sized by embed.js', async () => {
  await withAtlas('', {}, async (page, app) => {
    await page.locator('.chips button.chip[data-sector="aerospace"]').click();
    await page.locator('#region').selectOption('76');
    await waitForSearch(page, '?sector=aerospace&region=76');
    const want = expectedIds({ sectors: ['aerospace'], region: '76' });
    assert.deepEqual(await settled(async () => sorted(await listedIds(page)), want), want);

    await page.getByRole('button', { name: 'Embed' }).click();
    await page.locator('dialog.embed-dialog').waitFor();
    const snippet = await page.locator('#embed-code').inputValue();
    assert.equal(snippet, `<iframe src="${app.url}?sector=aerospace&amp;region=76&amp;embed=1" title="Map of the French competitiveness clusters" width="100%" height="640" style="border:0;max-width:100%" loading="lazy" data-poles-embed></iframe>\n<script src="${app.url}embed.js" async></script>`);
    assert.equal(await page.locator('dialog.embed-dialog').evaluate((d) => d.open), true);
    await page.getByRole('button', { name: 'Close' }).click();
    assert.equal(await page.locator('dialog.embed-dialog').evaluate((d) => d.open), false);

    // A partner's page on another origin, with its own (absent) policy, pasting the snippet.
    const hostPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partner site</title><link rel="icon" href="data:,">
<style>body { font: 16px sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem; } header { background: #333; color: #fff; padding: 1rem; }</style>
</head><body>
<header><h1>Partner site: aerospace in Occitanie</h1></header>
<p>The clusters of our region, from the Pôles atlas:</p>
${snippet}
<p id="after">Text after the map.</p>
</body></html>`;
    const host = await partnerSite(hostPage);
    assert.notEqual(host.origin, app.origin);
    const partner = await openPage(chromium.browser, { width: 1200, height: 900 });
    try {
      await partner.goto(`${host.url}host.html`);
      const iframe = partner.locator('iframe[data-poles-embed]');
      const frame = await (await iframe.elementHandle()).contentFrame();
      await frame.waitForFunction(() => performance.getEntriesByName('poles:rendered').length > 0, null, { timeout: 20000 });
      assert.equal(new URL(frame.url()).origin, app.origin, 'the iframe shows the app from its own origin');

      assert.deepEqual(await settled(() => pressedChips(frame), pressedOnly('aerospace')), pressedOnly('aerospace'), 'chips in the frame');
      assert.equal(await frame.locator('#region').inputValue(), '76');
      assert.equal(await shownCount(frame), want.length, 'count in the frame');
      assert.deepEqual(sorted(await listedIds(frame)), want, 'list in the frame');
      assert.equal(await frame.locator('footer').count(), 0, 'no footer in the frame');
      const full = frame.getByRole('link', { name: 'Full map ↗' });
      const href = await full.getAttribute('href');
      assert.equal(href, `${app.url}?sector=aerospace&region=76`, 'the full map keeps the filters, without embed=1');
      assert.equal(await full.getAttribute('target'), '_blank');

      // embed.js sets the height the app posted.
      const sized = () => iframe.evaluate((f) => ({ attribute: f.getAttribute('data-poles-height'), style: f.style.height }));
      await partner.waitForFunction(() => document.querySelector('iframe[data-poles-embed]').hasAttribute('data-poles-height'), null, { timeout: 10000 });
      const first = await sized();
      const height = Number(first.attribute);
      assert.ok(Number.isInteger(height) && height > 300, `data-poles-height ${first.attribute}`);
      assert.equal(first.style, `${height}px`);
      const content = await frame.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(Math.abs(content - height) <= 2, `iframe height ${height} = content height ${content}`);
      const box = await iframe.boundingBox();
      assert.ok(Math.abs(box.height - height) <= 2, `rendered iframe height ${box.height}`);

      // Opening a card in the frame: the card shows, the iframe follows the content.
      await frame.locator(`.cluster-item[data-id="${want[0]}"] .cluster-name`).click();
      await frame.locator('aside.card').waitFor();
      assert.equal(await frame.locator('#card-title').textContent(), byId.get(want[0]).name);
      const after = await settled(async () => {
        const h = await frame.evaluate(() => document.documentElement.scrollHeight);
        const s = await sized();
        return Math.abs(Number(s.attribute) - h) <= 2 && s.style === `${s.attribute}px`;
      }, true);
      assert.equal(after, true, 'the iframe height follows the content after opening the card');
      const second = await sized();
      assert.ok(Number(second.attribute) > 300, `height after opening the card: ${second.attribute}`);
      // The host page's own address never changes; the frame's does.
      assert.equal(partner.url(), `${host.url}host.html`);
      assert.match(frame.url(), /cluster=/);

      await iframe.scrollIntoViewIfNeeded();
      await fs.mkdir(SHOTS, { recursive: true });
      await partner.screenshot({ path: path.join(SHOTS, 'share-embed-host.png'), fullPage: true });
      assert.deepEqual(partner.problems, [], 'no error in the host page or the frame');
    } finally {
      await partner.context().close();
      await host.close();
    }
  });
});

/** The snippet `model/src/embed.rs` writes, for `query` (already with `embed=1`). */
const snippetFor = (app, query) => `<iframe src="${app.url}?${query.replaceAll('&', '&amp;')}" title="Map" width="100%" height="640" style="border:0;max-width:100%" loading="lazy" data-poles-embed></iframe>\n<script src="${app.url}embed.js" async></script>`;

/**
 * Serves dist/ as the app and, on another origin, a partner page holding `snippet(app)`; opens
 * the partner page at `width`×`height` and waits for the embedded app and its first size.
 * Runs `body({ page, frame, iframe, app, host })`, then checks the page had no problem.
 */
async function withEmbed(snippet, { width = 1200, height = 900 } = {}, body) {
  const app = await serve({ root: DIST });
  const html = (code) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0;font:16px sans-serif"><h1 style="margin:0.5rem">Partner</h1><p>Before.</p>${code}<p>After.</p></body></html>`;
  const host = await partnerSite(html(snippet(app)));
  const page = await openPage(chromium.browser, { width, height });
  try {
    await page.goto(`${host.url}host.html`);
    const iframe = page.locator('iframe[data-poles-embed]');
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.waitForFunction(() => performance.getEntriesByName('poles:rendered').length > 0, null, { timeout: 20000 });
    await page.waitForFunction(() => document.querySelector('iframe[data-poles-embed]').hasAttribute('data-poles-height'), null, { timeout: 10000 });
    await body({ page, frame, iframe, app, host });
    assert.deepEqual(page.problems, [], 'no error in the host page or the frame');
  } finally {
    await page.context().close();
    await app.close();
    await host.close();
  }
}

test('the embedded iframe shrinks again when its content gets shorter', async () => {
  await withEmbed((app) => snippetFor(app, 'embed=1'), { width: 400, height: 800 }, async ({ frame, iframe }) => {
    const heights = async () => ({
      iframe: Number(await iframe.getAttribute('data-poles-height')),
      content: await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
    });
    const first = await heights();
    assert.ok(Math.abs(first.iframe - first.content) <= 2, `sized to the whole list at first: ${JSON.stringify(first)}`);
    // A search leaving one cluster: the list, and so the page, get much shorter.
    await frame.locator('#search').fill(byId.get('aerospace-valley').name);
    await frame.locator('.cluster-list li.cluster-item').first().waitFor();
    assert.equal(await frame.locator('.cluster-list li.cluster-item').count(), 1);
    const fits = (h) => Math.abs(h.iframe - h.content) <= 2;
    const last = await eventually(heights, fits, 2000);
    assert.ok(last.content < first.content - 200, `the content got shorter: ${JSON.stringify({ first, last })}`);
    assert.ok(fits(last), `the iframe follows the shorter content: ${JSON.stringify({ first, last })}`);
  });
});

test('in a narrow embed, an opened card shows its title and close button on screen', async () => {
  await withEmbed((app) => snippetFor(app, 'embed=1'), { width: 375, height: 800 }, async ({ page, frame, iframe }) => {
    const item = frame.locator('.cluster-list li.cluster-item').nth(5);
    const id = await item.getAttribute('data-id');
    await item.locator('.cluster-name').click();
    await frame.locator('aside.card').waitFor();
    assert.equal(await frame.locator('#card-title').textContent(), byId.get(id).name);
    // The card's focus and the list's scroll settle, and the host page scrolls to the card.
    await Promise.all([
      untilStill(page, ['iframe[data-poles-embed]']),
      untilStill(frame, ['aside.card', '#card-title', '.card-close']),
    ]);
    const where = async () => {
      const frameTop = (await iframe.boundingBox()).y; // in the host's viewport
      const inFrame = await frame.evaluate(() => ({
        close: document.querySelector('.card-close').getBoundingClientRect().top,
        title: document.querySelector('#card-title').getBoundingClientRect().top,
        card: document.querySelector('aside.card').getBoundingClientRect().height,
        viewport: innerHeight,
      }));
      return { ...inFrame, close: frameTop + inFrame.close, title: frameTop + inFrame.title, frameTop, hostViewport: 800 };
    };
    const w = await where();
    await page.screenshot({ path: path.join(SHOTS, 'share-embed-narrow-card.png') });
    assert.ok(w.close >= 0 && w.close <= 800 - 32, `the close button is on the host's screen: ${JSON.stringify(w)}`);
    assert.ok(w.title >= 0 && w.title <= 800 - 24, `the card title is on the host's screen: ${JSON.stringify(w)}`);
    assert.ok(w.card <= 0.7 * w.viewport + 1, `a bottom sheet of at most 70vh (style: html.embed .card): ${JSON.stringify(w)}`);
  });
});

test('the embed layout fits a 320 px wide frame: slim bar, no footer, no sideways scroll', async () => {
  await withAtlas('?embed=1', { width: 320, height: 640 }, async (page) => {
    assert.equal(await page.locator('html').evaluate((e) => e.classList.contains('embed')), true);
    const header = page.locator('header.app-header');
    assert.equal(await header.evaluate((e) => e.classList.contains('embed-bar')), true);
    assert.equal(await page.locator('.app-tagline').count(), 0, 'no tagline');
    assert.equal(await page.locator('.share-tools').count(), 0, 'no share tools in a frame');
    assert.equal(await page.locator('footer').count(), 0, 'no footer');
    const full = page.getByRole('link', { name: 'Full map ↗' });
    assert.ok(await full.isVisible());
    assert.doesNotMatch(await full.getAttribute('href'), /embed=/);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 320.5 && getComputedStyle(e).visibility !== 'hidden'
          && !e.closest('.leaflet-pane, .leaflet-control-container'))
        .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
    }));
    assert.ok(widths.document <= 320 && widths.body <= 320, `no horizontal overflow: ${JSON.stringify(widths)}`);
    assert.ok((await page.locator('.cluster-list li.cluster-item').count()) > 0, 'the list is there');
    await screenshot(page, 'share-embed-320');
    // A slim bar: the title and every tool on one row.
    const rows = await header.evaluate((h) => [...h.querySelectorAll('.app-title, .header-tools > *')]
      .map((e) => ({ item: e.textContent.trim(), top: Math.round(e.getBoundingClientRect().top), bottom: Math.round(e.getBoundingClientRect().bottom) })));
    const title = rows[0];
    const below = rows.filter((r) => r.top >= title.bottom);
    assert.deepEqual(below, [], `one row in the embed bar (header ${(await header.boundingBox()).height}px): ${JSON.stringify(rows)}`);
  });
});

test('served under a sub-path: the app, its data and embed.js load from there', async () => {
  const base = '/any/sub/path/';
  await withAtlas('', { base }, async (page, server) => {
    assert.equal(await markerTotal(page), CURRENT.length);
    assert.equal(await page.locator('.cluster-list li.cluster-item').count(), CURRENT.length);
    assert.ok(server.requests.includes(`${base}data/clusters.json`), 'the dataset came from the sub-path');
    const outside = server.requests.filter((p) => !p.startsWith(base));
    assert.deepEqual(outside, [], 'every request stays under the sub-path');
    const embedJs = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    }, `${server.url}embed.js`);
    assert.equal(embedJs.status, 200);
    assert.match(embedJs.type, /javascript/);
    assert.match(embedJs.text, /poles:resize/);
    // The snippet points at the sub-path too.
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.locator('#embed-code').inputValue();
    assert.ok(code.includes(`<iframe src="${server.url}?embed=1"`), code);
    assert.ok(code.includes(`<script src="${server.url}embed.js" async>`), code);
  });
});

test('CSV and JSON downloads hold exactly the visible clusters', async () => {
  await withAtlas('?sector=energy', {}, async (page) => {
    const want = expectedIds({ sectors: ['energy'] });
    assert.deepEqual(await settled(async () => sorted(await listedIds(page)), want), want);
    const shown = await shownCount(page);
    const listed = sorted(await listedIds(page));

    const downloads = page.locator('.downloads');
    const csvFile = await download(page, downloads.getByRole('button', { name: 'CSV' }));
    assert.equal(csvFile.name, 'poles-clusters.csv');
    const csv = csvFile.bytes.toString('utf8');
    const rows = csvRows(csvFile.bytes);
    assert.deepEqual(rows[0], [
      'id', 'name', 'status', 'primary_sector', 'sectors', 'regions', 'hq_city', 'lat', 'lon', 'website', 'successor',
      'description', 'enterprises', 'research', 'training', 'member_count', 'member_count_year', 'checked',
      'label_periods', 'events',
    ], 'the header row');
    const body = rows.slice(1);
    assert.equal(body.length, shown, 'one row per cluster shown');
    assert.ok(body.every((r) => r.length === rows[0].length), 'every row has every column');
    assert.deepEqual(sorted(body.map((r) => r[0])), listed, 'the ids of the list');
    const first = byId.get(body[0][0]);
    assert.equal(body[0][1], first.name);
    assert.ok(csv.includes('é') || csv.includes('è') || csv.includes('ô'), 'accents survive as UTF-8');

    const jsonFile = await download(page, downloads.getByRole('button', { name: 'JSON' }));
    assert.equal(jsonFile.name, 'poles-clusters.json');
    const json = JSON.parse(jsonFile.bytes.toString('utf8'));
    assert.deepEqual(sorted(json.clusters.map((c) => c.id)), listed, 'the visible clusters');
    assert.deepEqual(json.sectors.map((s) => s.id), SECTORS.map((s) => s.id), 'the same sector vocabulary');
    assert.deepEqual(json.regions.map((r) => r.code), DATASET.regions.map((r) => r.code), 'the same regions');
    assert.equal(json.schema_version, DATASET.schema_version);
    assert.deepEqual(json.clusters.find((c) => c.id === first.id).hq, first.hq, 'records as in the dataset');
  });
});

test('accent= sets the theme colour; invalid colours keep the default', async () => {
  const accentOf = (page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--poles-accent').trim());
  const titleColour = (page) => page.locator('.app-title').evaluate((e) => getComputedStyle(e).color);
  await withAtlas('?accent=%23c8102e', {}, async (page, server) => {
    assert.equal(await accentOf(page), '#c8102e');
    assert.equal(await titleColour(page), 'rgb(200, 16, 46)', 'the accent is used');
    assert.equal(await search(page), '?accent=%23c8102e');

    await page.goto(`${server.url}?accent=C8102E`);
    await waitForAtlas(page);
    assert.equal(await accentOf(page), '#c8102e', 'without # and in capitals');

    for (const bad of ['red', 'javascript:x', '%23c8102e;color:red', 'url(x)', '%23fff']) {
      await page.goto(`${server.url}?accent=${bad}`);
      await waitForAtlas(page);
      assert.equal(await accentOf(page), DEFAULT_ACCENT, `accent=${bad}`);
      assert.equal(await titleColour(page), 'rgb(31, 78, 156)', `accent=${bad}`);
      await waitForSearch(page, '');
    }
  });
});

test('hostile query strings load a working page, and nothing runs', async () => {
  const hostile = [
    `q=${'x'.repeat(5000)}`,
    'q=%F0%9F%9A%80%20%C3%A9l%C3%A9ctronique%20%E4%B8%AD%E6%96%87',
    'q=%FF%FE%FD',
    'q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
    'q=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E',
    'q=%ZZ&sector=%ZZ&%ZZ=1',
    'sector=aerospace&sector=health&sector=mobility&region=76&region=11',
    'sector=../../etc/passwd',
    'sector=aerospace,..%2F..%2Fetc,HEALTH',
    'region=9999',
    'region=%3Cb%3E',
    'cluster=nope',
    'cluster=..%2F..%2Fetc',
    'lang=pt',
    'lang=',
    'data=javascript:alert(1)',
    'data=%2F%2Fevil.example%2Fx.json',
    'embed=maybe',
    'hist=yes&embed=2&accent=',
    '__proto__=1&constructor=x&toString=y',
    '&&&==&=&a',
    'sector=' + Array.from({ length: 500 }, (_, i) => `s${i}`).join(','),
  ];
  await withAtlas('', {}, async (page, server) => {
    for (const query of hostile) {
      await page.goto(`${server.url}?${query}`);
      await waitForAtlas(page);
      const label = query.slice(0, 60);
      assert.equal(await page.getByRole('alert').count(), 0, `${label}: no error alert`);
      assert.ok(await page.locator('.list-panel').isVisible(), `${label}: the list panel`);
      assert.match(await page.locator('.list-panel .count').textContent(), /^\d+ clusters shown$/, label);
      assert.ok(await page.locator('.map.leaflet-container').isVisible(), `${label}: the map`);
      const state = await page.evaluate(() => ({ xss: window.__xss, search: location.search, q: document.querySelector('#search').value }));
      assert.equal(state.xss, undefined, `${label}: nothing injected ran`);
      assert.ok(state.q.length <= 200, `${label}: search text is capped`);
      assertCanonical(state.search, label);
      assert.equal(await page.locator('header.app-header').evaluate((e) => e.classList.contains('embed-bar')), false, `${label}: not embedded`);
    }
    // Text in q is shown as text, not markup.
    await page.goto(`${server.url}?q=%3Cb%3Ebold%3C%2Fb%3E`);
    await waitForAtlas(page);
    assert.equal(await page.locator('#search').inputValue(), '<b>bold</b>');
    assert.equal(await page.locator('.filters b, .list-panel b').count(), 0);
    assert.deepEqual(page.dialogs, [], 'no alert/confirm/prompt dialog');
    assert.ok(server.requests.every((p) => !p.includes('evil') && !p.includes('etc')), 'no request for hostile paths');
  });
});
