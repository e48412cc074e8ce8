// The shell (index.html's #poles-shell, ARCHITECTURE.md "The shell"): before the wasm arrives
// the page already shows the app's header and loading state, in the language the app will use
// (`?lang=`, else the browser's first it speaks) and in its layout (embedded or not); the app
// replaces it as it mounts (or, with the first view, once the data has loaded), every box where it was, and nothing of it remains; from navigation to the loaded atlas
// nothing moves (cumulative layout shift 0), also when index.html arrives in two parts; if the
// wasm cannot start, boot.js's alert takes the place of the loading state, in the shell's
// language. The wasm and the dataset are held by the server until the test lets them go, so
// that each stage is seen for sure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { trunkHtmlValidator } from './html.mjs';
import { serve, TYPES } from './server.mjs';
import {
  suite, openPage, waitForAtlas, untilStill, screenshot, recordShifts, layoutShifts as shifts, wasmAddress, gate, hold, DIST, ROOT,
} from './browser.mjs';

const INDEX = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const WASM = wasmAddress();
const DATA = '/data/clusters.json';

/** A language's catalogue (i18n/catalogue/), the source of the app's texts and of the shell's. */
const catalogue = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', 'catalogue', `${lang}.json`), 'utf8'));

/** boot.js's alert when the wasm cannot start (English in the languages it does not write). */
const FAILED = {
  en: /^The map could not start in this browser\./,
  fr: /^La carte n’a pas pu démarrer dans ce navigateur\./,
};

/** The texts the app's header and loading state show, by language, from the catalogue (the
 *  table's short name up to 480 px wide; its icon alone in an embed; the language menu shows the
 *  language's name in itself). */
const TEXTS = Object.fromEntries(['en', 'fr', 'de', 'ja'].map((lang) => {
  const { interface: t, language } = catalogue(lang);
  return [lang, {
    tagline: t.tagline,
    tools: [t.copy_link, t.embed, t.matrix_toggle, t.about, language.name],
    narrowTools: [t.copy_link, t.embed, t.matrix_toggle_short, t.about, language.name],
    embedTools: [t.open_full_map, '', t.about, language.name],
    loading: t.loading,
    failed: FAILED[lang],
  }];
}));

const chromium = suite();


/**
 * What the header and the loading state show, and where: the box of the header, the title,
 * each shown tagline, tool and language button (with its shown text and background, so that
 * the pressed language shows), of <main> and of the loading status. Run in the page: the shell
 * and the app's first state must give the same answer. Shown text leaves out what is hidden
 * (display: none) and what is only for screen readers (.visually-hidden).
 */
function layout() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100).join(' ');
  };
  const shownText = (el) => {
    const parts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (node.textContent.trim() && parent.checkVisibility() && !parent.closest('.visually-hidden')) parts.push(node.textContent);
    }
    return parts.join('').replace(/\s+/g, ' ').trim();
  };
  const shown = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
  // A select shows its chosen option (the language menu).
  const text = (el) => (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text ?? '' : shownText(el));
  const describe = (el) => ({ box: box(el), text: text(el), background: getComputedStyle(el).backgroundColor, colour: getComputedStyle(el).color });
  const headers = shown('header');
  const mains = shown('main');
  return {
    headers: headers.length,
    mains: mains.length,
    header: headers.map(describe),
    title: shown('h1').map(describe),
    tagline: shown('.app-tagline').map(describe),
    tools: shown('header .tool, header .lang-select').map(describe),
    main: mains.map((main) => box(main)),
    status: shown('main .status').map(describe),
  };
}

const CASES = [
  { name: 'en-390', query: '?lang=en', lang: 'en', width: 390, height: 844 },
  { name: 'en-1440', query: '?lang=en', lang: 'en', width: 1440, height: 900 },
  { name: 'fr-390', query: '?lang=fr', lang: 'fr', width: 390, height: 844 },
  { name: 'fr-1440', query: '?lang=fr', lang: 'fr', width: 1440, height: 900 },
  // No lang= in the address: the browser's language.
  { name: 'browser-fr-390', query: '', locale: 'fr-FR', lang: 'fr', width: 390, height: 844 },
  // The other languages: their texts fetched beside the wasm, the app mounting in them.
  { name: 'de-390', query: '?lang=de', lang: 'de', width: 390, height: 844 },
  { name: 'ja-1440', query: '?lang=ja', lang: 'ja', width: 1440, height: 900 },
  { name: 'browser-de-1440', query: '', locale: 'de-DE', lang: 'de', width: 1440, height: 900 },
  { name: 'embed-ja-390', query: '?lang=ja&embed=1', lang: 'ja', embed: true, width: 390, height: 844 },
  { name: 'embed-en-390', query: '?lang=en&embed=1', lang: 'en', embed: true, width: 390, height: 844 },
  { name: 'embed-fr-1440', query: '?embed=1&accent=%23c8102e&lang=fr', lang: 'fr', embed: true, accent: 'rgb(200, 16, 46)', width: 1440, height: 900 },
  // Not the default view: no first view, the app's loading state takes the shell's place.
  { name: 'sector-en-1440', query: '?lang=en&sector=health', lang: 'en', width: 1440, height: 900, loadingFrames: true },
  { name: 'sector-fr-390', query: '?lang=fr&sector=health', lang: 'fr', width: 390, height: 844, loadingFrames: true },
];

for (const c of CASES) {
  test(`the shell, then the app over it without a shift: ${c.name}`, async () => {
    const wasm = gate();
    const data = gate();
    const server = await serve({ root: DIST, routes: { [WASM]: hold(WASM, wasm), [DATA]: hold(DATA, data) } });
    const page = await openPage(chromium.browser, { width: c.width, height: c.height, locale: c.locale });
    try {
      await recordShifts(page);
      await page.goto(server.url + c.query, { waitUntil: 'domcontentloaded' });
      await page.locator('#poles-shell header.app-header').waitFor();

      // (1) The shell alone: the app's header and loading state, in the app's language.
      const texts = TEXTS[c.lang];
      assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang, '<html lang>');
      const shell = await page.evaluate(layout);
      const title = await page.title();
      assert.equal(shell.headers, 1, 'one header');
      assert.equal(shell.mains, 1, 'one main');
      assert.deepEqual(shell.title.map((t) => t.text), ['Pôles']);
      assert.deepEqual(shell.tagline.map((t) => t.text), c.embed ? [] : [texts.tagline], 'the tagline (none in an embed)');
      const tools = c.embed ? texts.embedTools : c.width <= 480 ? texts.narrowTools : texts.tools;
      assert.deepEqual(shell.tools.map((t) => t.text), tools, 'the header tools');
      assert.deepEqual(shell.status.map((s) => s.text), [texts.loading], 'the loading state');
      const hiddenOther = await page.locator('#poles-shell [data-lang]').evaluateAll((els, lang) => els
        .filter((el) => el.dataset.lang !== lang && el.checkVisibility()).map((el) => el.textContent), c.lang);
      assert.deepEqual(hiddenOther, [], 'nothing of the other language shows');
      if (c.accent) assert.equal(shell.title[0].colour, c.accent, 'the accent colour');
      // The first view (first-view.test.mjs) shows in the default view, not embedded.
      const firstView = await page.locator('#poles-shell .first-view').isVisible();
      assert.equal(firstView, !c.embed && !c.loadingFrames, 'the first view shows in the default view only');
      const mapFrame = await page.evaluate(() => {
        const map = document.querySelector('#poles-shell .first-view .map');
        if (map?.checkVisibility()) return map.getBoundingClientRect().height;
        return Number.parseFloat(getComputedStyle(document.querySelector('main'), '::before').height);
      });
      await screenshot(page, `shell-${c.name}`);

      wasm.open();
      if (firstView) {
        // The app mounts behind the shell, which stays with its first view until the data
        // has loaded: what shows is still the shell.
        await page.locator('body > header.app-header').waitFor({ state: 'attached', timeout: 20000 });
      } else {
        // The app mounts: the shell is gone, and its first state (header, loading) has every
        // box, text and colour of the shell.
        await page.locator('#poles-shell').waitFor({ state: 'detached', timeout: 20000 });
        await page.locator('main .status').waitFor();
      }
      assert.deepEqual(await page.evaluate(layout), shell, 'the app\'s first state is the shell');
      assert.equal(await page.title(), title, 'the title the app gives the page');

      // (2) The loaded atlas: one header, one h1, one main, nothing of the shell; nothing moved.
      data.open();
      await waitForAtlas(page);
      await untilStill(page, ['.leaflet-map-pane', 'header', 'main', '.filters', '.map', '.list-panel']);
      const loaded = await page.evaluate(() => ({
        headers: document.querySelectorAll('header').length,
        banners: document.querySelectorAll('header.app-header').length,
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        mains: document.querySelectorAll('main').length,
        shell: document.querySelectorAll('#poles-shell, [data-lang], [data-embed]').length,
        shellScript: document.querySelectorAll('script[src*="shell"]').length,
      }));
      assert.deepEqual(loaded, { headers: 1, banners: 1, h1: ['Pôles'], mains: 1, shell: 0, shellScript: 1 });
      const { total, sources } = await shifts(page);
      assert.equal(total, 0, `cumulative layout shift from navigation to the loaded atlas (moved: ${sources.join(', ')})`);
      // The loading state's boxes stood where the filters and the map landed (the filters'
      // height is measured, style/poles.css: within 2 px).
      const filters = await page.locator('.filters').boundingBox();
      const [, statusY, , statusHeight] = shell.status[0].box.split(' ').map(Number);
      assert.ok(Math.abs(filters.y - statusY) < 0.5, `the filters' top ${filters.y} is the loading box's ${statusY}`);
      assert.ok(Math.abs(filters.height - statusHeight) < 2, `the filters' height ${filters.height} is the loading box's ${statusHeight}`);
      const map = await page.locator('.map').boundingBox();
      assert.ok(Math.abs(map.height - mapFrame) < 0.5, `the map's height ${map.height} is its frame's ${mapFrame}`);
      await screenshot(page, `shell-loaded-${c.name}`);
      assert.deepEqual(page.problems, [], 'no console error');
      assert.deepEqual(await page.cspViolations(), [], 'no CSP violation');
    } finally {
      wasm.open();
      data.open();
      await page.context().close();
      await server.close();
    }
  });
}

test('a shell that arrives in two parts shows only once whole, so that nothing moves', async () => {
  // Cut inside the tools of the embedded bar, which are laid out from the right: a half-parsed
  // shell painted early would move them when the rest came (a slow connection, a busy parser).
  const cut = INDEX.indexOf('</a>', INDEX.indexOf('Carte complète')) + '</a>'.length;
  const rest = gate();
  const server = await serve({
    root: DIST,
    routes: {
      '/': async (req, res) => {
        res.writeHead(200, { 'Content-Type': TYPES['.html'] });
        res.write(INDEX.slice(0, cut));
        await rest.opened;
        res.end(INDEX.slice(cut));
      },
    },
  });
  const page = await openPage(chromium.browser, { width: 1440, height: 900 });
  try {
    await recordShifts(page);
    await page.goto(`${server.url}?embed=1&lang=fr`, { waitUntil: 'commit' });
    await page.locator('#poles-shell .header-tools').waitFor({ state: 'attached' });
    // A frame rendered with the first part alone (two animation frames: the next one is drawn).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await page.locator('#poles-shell').isVisible(), false, 'the first part alone shows nothing');
    rest.open();
    await page.locator('#poles-shell').waitFor({ state: 'visible' });
    await waitForAtlas(page);
    await untilStill(page, ['header', 'main']);
    const { total, sources } = await shifts(page);
    assert.equal(total, 0, `cumulative layout shift (moved: ${sources.join(', ')})`);
    assert.deepEqual(page.problems, [], 'no console error');
  } finally {
    rest.open();
    await page.context().close();
    await server.close();
  }
});

for (const lang of ['en', 'fr']) {
  test(`a wasm that cannot start: boot.js's alert in place of the loading state (${lang})`, async () => {
    const routes = { [WASM]: (req, res) => { res.writeHead(200, { 'Content-Type': 'application/wasm' }); res.end('not wasm'); } };
    await chromium.withPage(`?lang=${lang}`, { routes, width: 390, height: 844, clean: false }, async (page) => {
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20000 });
      assert.match(await alert.textContent(), TEXTS[lang].failed);
      assert.ok(await alert.isVisible());
      assert.equal(await page.locator('#poles-shell main [role=alert]').count(), 1, 'in the shell\'s main');
      assert.equal(await page.locator('.status').count(), 0, 'no "loading" left');
      assert.ok(await page.locator('#poles-shell .app-title').isVisible(), 'under the title');
      assert.equal(await page.locator('.header-tools').count(), 0, 'no tool that cannot work');
      await screenshot(page, `shell-boot-failed-${lang}`);
      assert.deepEqual(page.problems.filter((p) => !p.includes('Pôles could not start')), [], 'no other console error');
      assert.deepEqual(await page.cspViolations(), [], 'no CSP violation');
    });
  });
}

test('index.html with its shell is valid HTML; generated pages have no shell', async () => {
  const validator = trunkHtmlValidator();
  const report = await validator.validateString(INDEX, 'index.html');
  assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), []);
  for (const file of ['clusters/aerospace-valley/index.html', 'fr/regions/occitanie/index.html', 'fr/poles/index.html']) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    assert.doesNotMatch(html, /poles-shell|shell[-.][0-9a-f]*\.?js|data-lang=/, `${file}: no shell`);
    assert.equal(html.match(/<header/g)?.length, 1, `${file}: its own header only`);
  }
});
