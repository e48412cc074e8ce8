// The French interface speaks French in every state the end-to-end suites reach: no English
// word of the interface's own texts (src/i18n/en.rs's English struct, read here, and the English
// side of the dataset's bilingual texts) in the visible text, accessible names, labels, titles
// or placeholders of the page opened with lang=fr. The dataset's own strings (names, members,
// sources, notes, the French side of bilingual texts) are data, not interface: they are taken
// out before looking for English. Text marked as another language (lang="en" on the English
// button of the language switch) is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { json } from './server.mjs';
import { suite, untilStill, openCardFromList, wasmAddress, ROOT, DIST, DATASET } from './browser.mjs';

/** The interface's texts, a file per language. */
const I18N = (lang) => fs.readFileSync(path.join(ROOT, 'src', 'i18n', `${lang}.rs`), 'utf8');
/** The month names live with the number and date formats of the model. */
const FORMAT = fs.readFileSync(path.join(ROOT, 'model', 'src', 'format.rs'), 'utf8');
/** The words of the timeline (a cluster's standing, its events and periods, the notice). */
const TIMELINE = fs.readFileSync(path.join(ROOT, 'model', 'src', 'timeline', 'text.rs'), 'utf8');

/**
 * The string literals of the block of `source` that starts at `start` and ends at the next
 * `end`, with format placeholders ({n}, {year}...) blanked; literals matched against data
 * (`Some("about") =>`) are patterns, not texts, and are left out.
 */
function literals(start, end, source) {
  const from = source.indexOf(start);
  assert.ok(from >= 0, `the Rust source has \`${start}\``);
  const block = source.slice(from + start.length, source.indexOf(end, from)).replace(/Some\("(?:[^"\\]|\\.)*"\)/g, '');
  return [...block.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\(.)/g, '$1')
    .replace(/\{[a-z_0-9]*(?::[^}]*)?\}/g, ' '));
}

/** Lower-case words of two letters or more. */
const words = (text) => (text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);

/** [en, fr] strings of the dataset's bilingual texts (sector labels, descriptions...). */
function bilingual(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => bilingual(v, out));
  else if (value && typeof value === 'object') {
    if (typeof value.en === 'string' && typeof value.fr === 'string') out.push([value.en, value.fr]);
    else Object.values(value).forEach((v) => bilingual(v, out));
  }
  return out;
}

const EN_TEXTS = [
  ...literals('const EN: Texts = Texts {', '\n};', I18N('en')),
  ...literals('const EN: [&str; 12] = [', '];', FORMAT), // month names
  ...literals('const EN: Words = Words {', '\n};', TIMELINE),
];
const FR_TEXTS = [
  ...literals('const FR: Texts = Texts {', '\n};', I18N('fr')),
  ...literals('const FR: [&str; 12] = [', '];', FORMAT),
  ...literals('const FR: Words = Words {', '\n};', TIMELINE),
];
const PAIRS = bilingual(DATASET);
const FRENCH_UI = new Set(FR_TEXTS.flatMap(words));
const FRENCH_DATA = new Set(PAIRS.flatMap(([, fr]) => words(fr)));

/**
 * English words of the interface: those of its English texts that its French texts never use
 * (so "Contact", "Phase", "Sources", "CSV", "HTTP" are not English here), and those of the
 * dataset's English texts that neither its French texts nor the interface's use (place and
 * cluster names). The French data texts do not excuse the interface's words: they quote names
 * such as "Bioeconomy For Change", and are taken out of the page's text anyway.
 */
const ENGLISH = new Set([
  ...EN_TEXTS.flatMap(words).filter((w) => !FRENCH_UI.has(w)),
  ...PAIRS.flatMap(([en]) => words(en)).filter((w) => !FRENCH_UI.has(w) && !FRENCH_DATA.has(w)),
]);

/**
 * Keys of the dataset whose string values are ids, codes or fixed vocabularies, shown only
 * through the interface's texts (so an English one on screen is the interface's English).
 */
const NOT_SHOWN_AS_IS = new Set([
  '$schema', 'id', 'status', 'sectors', 'regions', 'code', 'field', 'brochure_2006_field', 'source', 'sources',
  'successor', 'predecessors', 'qualifier', 'label_2005_2007', 'updated', 'checked', 'insee',
]);

/** The strings of `dataset` shown as they are (names, members, notes...), longest first. */
function dataStrings(dataset) {
  const out = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string') {
      // White space as the page's text is read (a no-break space is a space there).
      if (!NOT_SHOWN_AS_IS.has(key)) out.add(value.replace(/\s+/g, ' ').trim());
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      const isBilingual = typeof value.en === 'string' && typeof value.fr === 'string';
      for (const [k, v] of Object.entries(value)) if (!(isBilingual && k === 'en')) walk(v, k);
    }
  };
  walk(dataset, '');
  // Record ids are quoted as they are where a message names a record.
  for (const cluster of dataset.clusters ?? []) if (typeof cluster?.id === 'string') out.add(cluster.id);
  return [...out].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
}

/**
 * Every piece of text a reader or a screen reader gets: text nodes and naming attributes, hidden
 * ones included; with `rendered`, only those of rendered elements (for the shell of index.html,
 * which holds both languages and shows one).
 */
function collectTexts(rendered = false) {
  const SKIPPED = 'script, style, noscript, template, [aria-hidden="true"]';
  const skipped = (el) => el.closest(SKIPPED) || (rendered && !el.checkVisibility());
  const foreign = (el) => {
    const marked = el.closest('[lang]');
    return marked !== null && !marked.lang.toLowerCase().startsWith('fr');
  };
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
      const classes = typeof e.className === 'string' ? e.className.trim().split(/\s+/).filter(Boolean).slice(0, 2) : [];
      parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${classes.map((c) => `.${c}`).join('')}`);
    }
    return parts.join(' > ');
  };
  const chunks = [{ where: 'document title', text: document.title, leaflet: false }];
  const add = (el, text, suffix = '') => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) chunks.push({ where: where(el) + suffix, text: clean, leaflet: el.closest('.leaflet-control') !== null });
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el && !skipped(el) && !foreign(el)) add(el, node.textContent);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (skipped(el) || foreign(el)) continue;
    for (const name of ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value) add(el, value, ` @${name}`);
    }
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) add(el, el.value, ' @value');
  }
  return chunks;
}

/** The pieces of text of `chunks` holding English words, once the data strings are taken out. */
function englishIn(chunks, data) {
  const found = [];
  for (const chunk of chunks) {
    let text = chunk.text;
    for (const s of data) if (text.includes(s)) text = text.split(s).join(' ');
    const english = [...new Set(words(text).filter((w) => ENGLISH.has(w)))];
    if (english.length) found.push({ ...chunk, english });
  }
  return found;
}

const report = (found) => found.map((f) => `- ${f.where}: "${f.text}" (${f.english.join(', ')})`).join('\n');

/**
 * States that show English today, each with the change of issue 13 that fixes it. They run and
 * are reported as TODO (the English found is printed; node's runner and `cargo xtask test`
 * count them apart, not as passes). Once a fix lands its test says "passes now": remove its
 * entry then.
 */
const PENDING = {};

/** Declares the test of one state, as TODO when PENDING lists it. */
function state(name, body) {
  const todo = PENDING[name];
  test(`in French: ${name}`, todo ? { todo } : {}, async (t) => {
    await body();
    if (todo) t.diagnostic(`passes now: remove "${name}" from PENDING in tests/e2e/french.test.mjs`);
  });
}

const { withAtlas, withPage } = suite();

/** What the page title and Leaflet's own controls say, over every state (see the last test). */
const outsideTheApp = new Map();

/**
 * Opens `query` (lang=fr) on a server with `routes` serving `dataset`, runs `prepare(page)` to
 * reach the state, then fails on any English in the app's interface. `expected` is a French
 * text the state must show (so that an empty page cannot pass).
 */
function inFrench(state, { query = '', routes = {}, dataset = DATASET, loaded = true, rendered = false, expected, prepare = async () => {}, check } = {}) {
  const options = { routes, atlas: loaded, waitUntil: loaded ? 'load' : 'domcontentloaded', clean: false };
  return withPage(`?lang=fr${query}`, options, async (page) => {
    await prepare(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', `${state}: <html lang="fr">`);
    const data = dataStrings(dataset);
    const chunks = await page.evaluate(collectTexts, rendered);
    if (expected) {
      assert.ok(chunks.some((c) => c.text.includes(expected)), `${state}: shows "${expected}"`);
    }
    const found = englishIn(chunks, data);
    for (const f of found.filter((f) => f.leaflet || f.where === 'document title')) {
      outsideTheApp.set(`${f.where}: "${f.text}"`, f);
    }
    const inApp = found.filter((f) => !f.leaflet && f.where !== 'document title');
    assert.deepEqual(inApp.map((f) => f.text), [], `${state}: English in the French interface:\n${report(inApp)}`);
    if (check) await check(page, data);
  });
}

state('the atlas', async () => {
  await inFrench('atlas', { expected: 'pôles affichés' });
});

state('every card (current and historical clusters), and the page with a card open', async () => {
  await inFrench('card open', {
    query: '&hist=1',
    expected: 'Membres',
    prepare: async (page) => {
      await page.locator('.cluster-list li.cluster-item').first().locator('button.cluster-name').click();
      await page.locator('aside.card #card-title').waitFor();
      await page.locator('aside.card details.card-sources summary').click();
    },
    check: async (page, data) => {
      const ids = await page.locator('.cluster-list li.cluster-item').evaluateAll((lis) => lis.map((li) => li.dataset.id));
      assert.equal(ids.length, DATASET.clusters.length, 'every cluster listed (hist=1)');
      const found = [];
      for (const id of ids) {
        const cluster = DATASET.clusters.find((c) => c.id === id);
        await openCardFromList(page, id, cluster.name);
        await page.locator('aside.card details.card-sources').evaluate((d) => { d.open = true; });
        const chunks = (await page.evaluate(collectTexts)).filter((c) => c.where.includes('aside.card') || c.where.includes('card-'));
        found.push(...englishIn(chunks, data).map((f) => ({ ...f, where: `${id}: ${f.where}` })));
      }
      assert.deepEqual(found.map((f) => f.text), [], `cards: English in the French interface:\n${report(found)}`);
    },
  });
});

state('no cluster matches', async () => {
  await inFrench('empty result', { query: '&q=zzzqqqxxw', expected: 'Aucun pôle ne correspond' });
});

state('a region selected', async () => {
  await inFrench('region selected', {
    expected: 'Pôles par secteur',
    prepare: async (page) => {
      await page.selectOption('#region', '84');
      await page.locator('section.region-summary').waitFor();
      await untilStill(page, ['.map path.region-84']);
    },
  });
});

state('the About dialog', async () => {
  await inFrench('About', {
    expected: 'À propos des pôles de compétitivité',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'À propos' }).click();
      await page.getByRole('dialog').waitFor();
    },
  });
});

state('the Embed dialog', async () => {
  await inFrench('Embed dialog', {
    expected: 'Intégrer cette carte',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Intégrer' }).click();
      await page.getByRole('dialog').waitFor();
    },
  });
});

state('the 2006 view', async () => {
  await inFrench('2006 view', {
    query: '&view=2006',
    expected: 'Les pôles mondiaux de 2006',
    prepare: async (page) => { await page.locator('section.view-2006').waitFor(); },
  });
});

state('the embedded layout', async () => {
  await inFrench('embed=1', { query: '&embed=1', expected: 'Carte complète' });
});

state('the region outlines unavailable', async () => {
  await inFrench('geometry unavailable', {
    routes: { '/data/regions.geojson': json('gone', 404) },
    expected: 'Les contours des régions',
    prepare: async (page) => { await page.locator('.notice').first().waitFor(); },
  });
});

const WASM = wasmAddress();

state('before the app starts (the shell of index.html)', async () => {
  await inFrench('shell', {
    loaded: false,
    rendered: true,
    routes: { [WASM]: () => {} }, // never answers
    expected: 'Quel pôle de compétitivité travaille sur quoi, et où',
    prepare: async (page) => { await page.locator('#poles-shell .status').first().waitFor({ state: 'attached' }); },
  });
});

state('the embedded shell', async () => {
  await inFrench('embedded shell', {
    query: '&embed=1',
    loaded: false,
    rendered: true,
    routes: { [WASM]: () => {} },
    expected: 'Carte complète',
    prepare: async (page) => { await page.locator('#poles-shell .status').first().waitFor({ state: 'attached' }); },
  });
});

state('the map could not start (boot.js)', async () => {
  await inFrench('boot failure', {
    loaded: false,
    rendered: true, // the alert stands in the shell, which holds both languages
    routes: { [WASM]: (req, res) => { res.writeHead(200, { 'Content-Type': 'application/wasm' }); res.end('not wasm'); } },
    expected: 'La carte n’a pas pu démarrer',
    prepare: async (page) => { await page.getByRole('alert').waitFor({ timeout: 20000 }); },
  });
});

const REAL = fs.readFileSync(path.join(DIST, 'data', 'clusters.json'));

/** Load errors, each with a French text its alert must show. */
const LOAD_ERRORS = {
  'HTTP 500': [json('oops', 500), 'HTTP 500'],
  'a web page instead of the data': [
    (req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!doctype html><p>Login</p>'); },
    'page web',
  ],
  'the server unreachable': [(req) => { req.socket.destroy(); }, 'Le serveur est injoignable'],
  'a truncated file': [json(REAL.subarray(0, 5000)), 'n’est pas valide'],
  'an empty file': [json(''), 'n’est pas valide'],
};

for (const [fault, [route, expected]] of Object.entries(LOAD_ERRORS)) {
  state(`load error, ${fault}`, async () => {
    await inFrench(`load error (${fault})`, {
      loaded: false,
      routes: { '/data/clusters.json': route },
      expected,
      prepare: async (page) => { await page.getByRole('alert').waitFor({ timeout: 20000 }); },
    });
  });
}

state('the invalid-record warning and its details', async () => {
  const data = structuredClone(DATASET);
  const bad = data.clusters.findIndex((c) => c.status === 'current');
  data.clusters[bad].hq.lat = 95;
  await inFrench('invalid record', {
    routes: { '/data/clusters.json': json(data) },
    dataset: data,
    expected: 'est invalide',
    prepare: async (page) => {
      const notice = page.locator('.notice').first();
      await notice.waitFor();
      await notice.locator('details').evaluate((d) => { d.open = true; });
    },
  });
});

state('the crash alert', async () => {
  await inFrench('panic', {
    expected: 'Une erreur est survenue',
    prepare: async (page) => {
      await page.evaluate(async () => {
        const glue = await import(document.getElementById('poles-boot').dataset.js);
        try { glue.poles_test_panic(); } catch { /* the panic under test */ }
      });
      await page.locator('#panic-alert').waitFor();
    },
  });
});

state('after switching from English (no reload)', async () => {
  await withAtlas('?lang=en&cluster=aerospace-valley', {}, async (page) => {
    await page.getByRole('button', { name: 'Français' }).click();
    await page.locator('.list-panel .count', { hasText: 'pôles affichés' }).waitFor();
    const found = englishIn(await page.evaluate(collectTexts), dataStrings(DATASET));
    for (const f of found.filter((f) => f.leaflet || f.where === 'document title')) outsideTheApp.set(`${f.where}: "${f.text}"`, f);
    const inApp = found.filter((f) => !f.leaflet && f.where !== 'document title');
    assert.deepEqual(inApp.map((f) => f.text), [], `switched to French: English in the French interface:\n${report(inApp)}`);
  });
});

state('the page title and Leaflet\'s controls (zoom buttons, attribution)', async () => {
  // What the other states met outside the app's components, and the atlas's own.
  await withAtlas('?lang=fr', {}, async (page) => {
    for (const f of englishIn(await page.evaluate(collectTexts), dataStrings(DATASET))) {
      if (f.leaflet || f.where === 'document title') outsideTheApp.set(`${f.where}: "${f.text}"`, f);
    }
  });
  const found = [...outsideTheApp.values()];
  assert.deepEqual(found.map((f) => f.text), [], `English outside the app's components:\n${report(found)}`);
});
