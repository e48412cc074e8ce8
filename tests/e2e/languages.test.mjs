// Every language speaks its own language in every state the end-to-end suites reach: no English
// word of the interface's own texts (the English catalogue, i18n/catalogue/en.json, read here,
// and the English side of the dataset's bilingual texts) in the visible text, accessible names,
// labels, titles or placeholders of the page opened with lang=xx. The words come from the
// catalogue files, not from Rust source: English words are those of en.json that the language's
// own file never uses (so proper names, "CSV", "JSON", "Leaflet" are not English here). The
// dataset's own strings (names, members, sources, notes, the French side of bilingual texts) are
// data, not interface: they are taken out before looking for English. Text marked as another
// language (the menu's language names, a description shown in English with lang="en") is left
// alone. French goes through every state (as its suite always did); the other languages through
// the atlas, every card, a region profile, the table, About, the Embed dialog, the embedded
// layout, the shell and a switch from English; plurals, numbers and dates are checked in French,
// German and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { json } from './server.mjs';
import { suite, untilStill, openCardFromList, wasmAddress, ROOT, DIST, DATASET, address } from './browser.mjs';

/** The languages of the catalogue. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja', 'zh'];

/** A language's catalogue file. */
const catalogue = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', 'catalogue', `${lang}.json`), 'utf8'));
const CATALOGUES = Object.fromEntries(LANGUAGES.map((lang) => [lang, catalogue(lang)]));

/** Every string of a catalogue file (its messages), with their {placeholders} blanked. */
function messages(value, out = []) {
  if (typeof value === 'string') out.push(value.replace(/\{[a-z_0-9]*\}/g, ' '));
  else if (Array.isArray(value)) value.forEach((v) => messages(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => messages(v, out));
  return out;
}

/** CLDR's plural category of a whole number (model/src/catalogue/plural.rs, the same rules). */
function category(lang, n) {
  if (lang === 'ja' || lang === 'zh') return 'other';
  if (lang === 'fr') return n <= 1 ? 'one' : 'other';
  return n === 1 ? 'one' : 'other';
}

/** A plural message of `lang` for `n` (written as `n` is, below 1,000), `{n}` filled. */
const counted = (lang, plural, n) => (plural[category(lang, n)] ?? plural.other).replace('{n}', String(n));

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

const PAIRS = bilingual(DATASET);
const FRENCH_DATA = new Set(PAIRS.flatMap(([, fr]) => words(fr)));

/**
 * English words of the interface for `lang`: those of the English catalogue that the language's
 * catalogue never uses (so "Contact", "Phase", "Sources", "CSV", "HTTP" are not English in
 * French), and those of the dataset's English texts that neither the language's catalogue nor
 * (in French) its French texts use (place and cluster names). The French data texts do not
 * excuse the interface's words: they quote names such as "Bioeconomy For Change", and are taken
 * out of the page's text anyway.
 */
function englishWords(lang) {
  const ui = new Set(messages(CATALOGUES[lang]).flatMap(words));
  const data = lang === 'fr' ? FRENCH_DATA : new Set();
  return new Set([
    ...messages(CATALOGUES.en).flatMap(words).filter((w) => !ui.has(w)),
    ...PAIRS.flatMap(([en]) => words(en)).filter((w) => !ui.has(w) && !data.has(w)),
  ]);
}
const ENGLISH = Object.fromEntries(LANGUAGES.filter((l) => l !== 'en').map((lang) => [lang, englishWords(lang)]));

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
 * which holds every language and shows one). Text marked as another language than `lang` is
 * left out.
 */
function collectTexts([rendered, lang]) {
  const SKIPPED = 'script, style, noscript, template, [aria-hidden="true"]';
  const skipped = (el) => el.closest(SKIPPED) || (rendered && !el.checkVisibility());
  const foreign = (el) => {
    const marked = el.closest('[lang]');
    return marked !== null && !marked.lang.toLowerCase().startsWith(lang);
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

/** A data string where it stands as whole words in a text (Chinese and Japanese put no space
 *  before a name: only a Latin letter or a digit joins it to a word). */
const dataPatterns = new Map();
function dataPattern(s) {
  if (!dataPatterns.has(s)) {
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    dataPatterns.set(s, new RegExp(`(?<![\\p{sc=Latin}\\p{N}])${escaped}(?![\\p{sc=Latin}\\p{N}])`, 'gu'));
  }
  return dataPatterns.get(s);
}

/** The pieces of text of `chunks` holding English words, once the data strings are taken out. */
function englishIn(chunks, data, lang) {
  const found = [];
  for (const chunk of chunks) {
    let text = chunk.text;
    // Whole words only: a short data string ("tes") must not cut a word ("antes") in two.
    for (const s of data) if (text.includes(s)) text = text.replace(dataPattern(s), ' ');
    const english = [...new Set(words(text).filter((w) => ENGLISH[lang].has(w)))];
    if (english.length) found.push({ ...chunk, english });
  }
  return found;
}

const report = (found) => found.map((f) => `- ${f.where}: "${f.text}" (${f.english.join(', ')})`).join('\n');

/**
 * States that show English today, by `${lang}: ${name}`, each with the change that fixes it.
 * They run and are reported as TODO (the English found is printed; node's runner and `cargo
 * xtask test` count them apart, not as passes). Once a fix lands its test says "passes now":
 * remove its entry then.
 */
const PENDING = {};

/** Declares the test of one state in `lang`, as TODO when PENDING lists it. */
function state(lang, name, body) {
  const todo = PENDING[`${lang}: ${name}`];
  test(`in ${CATALOGUES[lang].language.name} (${lang}): ${name}`, todo ? { todo } : {}, async (t) => {
    await body(CATALOGUES[lang].interface);
    if (todo) t.diagnostic(`passes now: remove "${lang}: ${name}" from PENDING in tests/e2e/languages.test.mjs`);
  });
}

const { withAtlas, withPage } = suite();

/** What the page title and Leaflet's own controls say, over every state, by language (see the
 *  last test of each language). */
const outsideTheApp = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Map()]));

/** Keeps what `found` met outside the app's components (the title, Leaflet's controls) for the
 *  last test, and returns the rest. */
function inApp(lang, found) {
  for (const f of found.filter((f) => f.leaflet || f.where === 'document title')) {
    outsideTheApp[lang].set(`${f.where}: "${f.text}"`, f);
  }
  return found.filter((f) => !f.leaflet && f.where !== 'document title');
}

/**
 * Opens `query` (lang=xx) on a server with `routes` serving `dataset`, runs `prepare(page)` to
 * reach the state (`before(page)` before it opens), then fails on any English in the app's
 * interface; `data` are more strings the state shows as data. `expected` is a text of the
 * language the state must show (so that an empty page cannot pass).
 */
function speaks(lang, state, {
  query = '', routes = {}, dataset = DATASET, data: more = [], loaded = true, rendered = false, expected, before, prepare = async () => {}, check,
} = {}) {
  const pageOptions = { routes, atlas: loaded, waitUntil: loaded ? 'load' : 'domcontentloaded', clean: false, prepare: before };
  return withPage(`?lang=${lang}${query}`, pageOptions, async (page) => {
    await prepare(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${state}: <html lang="${lang}">`);
    if (loaded) assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr', `${state}: <html dir="ltr">`);
    const data = [...more, ...dataStrings(dataset)];
    const chunks = await page.evaluate(collectTexts, [rendered, lang]);
    if (expected) {
      assert.ok(chunks.some((c) => c.text.includes(expected)), `${state}: shows "${expected}"`);
    }
    const found = inApp(lang, englishIn(chunks, data, lang));
    assert.deepEqual(found.map((f) => f.text), [], `${state}: English in the ${lang} interface:\n${report(found)}`);
    if (check) await check(page, data);
  });
}

const WASM = wasmAddress();
const REAL = fs.readFileSync(path.join(DIST, 'data', 'clusters.json'));

/** The states of every language (but English): the atlas, every card, a region, the table,
 *  About, Embed, the embedded layout, the shell, a switch from English, then the title and
 *  Leaflet's controls. French goes through the other states below too. */
for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  state(lang, 'the atlas', async (t) => {
    await speaks(lang, 'atlas', { expected: t.tagline });
  });

  state(lang, 'every card (current and historical clusters), and the page with a card open', async (t) => {
    await speaks(lang, 'card open', {
      query: '&hist=1',
      expected: t.members,
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
          const chunks = (await page.evaluate(collectTexts, [false, lang])).filter((c) => c.where.includes('aside.card') || c.where.includes('card-'));
          found.push(...englishIn(chunks, data, lang).map((f) => ({ ...f, where: `${id}: ${f.where}` })));
        }
        assert.deepEqual(found.map((f) => f.text), [], `cards: English in the ${lang} interface:\n${report(found)}`);
        if (lang !== 'fr') {
          // The description, in English for want of a translation: marked so, with the mark.
          await openCardFromList(page, ids[0], DATASET.clusters.find((c) => c.id === ids[0]).name);
          const description = page.locator('aside.card .card-description');
          assert.equal(await description.locator('[lang="en"]').count(), 1, 'the description is marked lang="en"');
          assert.equal((await description.locator('.in-english').textContent()).trim(), CATALOGUES[lang].data.in_english);
        }
      },
    });
  });

  state(lang, 'a region selected (its profile)', async (t) => {
    await speaks(lang, 'region selected', {
      expected: t.profile_by_sector,
      prepare: async (page) => {
        await page.selectOption('#region', '84');
        await page.locator('section.region-summary').waitFor();
        await untilStill(page, ['.map path.region-84']);
      },
    });
  });

  state(lang, 'the regions × sectors table', async (t) => {
    await speaks(lang, 'table', {
      query: '&view=matrix',
      expected: t.matrix_heading,
      prepare: async (page) => { await page.locator('section.matrix table').waitFor(); },
    });
  });

  state(lang, 'the About dialog', async (t) => {
    await speaks(lang, 'About', {
      expected: t.about_heading,
      prepare: async (page) => {
        await page.getByRole('button', { name: t.about, exact: true }).click();
        await page.getByRole('dialog').waitFor();
      },
    });
  });

  state(lang, 'the Embed dialog (its snippet in the language)', async (t) => {
    await speaks(lang, 'Embed dialog', {
      expected: t.embed_heading,
      prepare: async (page) => {
        await page.getByRole('button', { name: t.embed, exact: true }).click();
        await page.getByRole('dialog').waitFor();
      },
      check: async (page) => {
        const code = await page.locator('#embed-code').inputValue();
        assert.match(code, new RegExp(`lang=${lang}\\b`), 'the snippet carries the language');
      },
    });
  });

  state(lang, 'the embedded layout', async (t) => {
    await speaks(lang, 'embed=1', { query: '&embed=1', expected: t.open_full_map });
  });

  state(lang, 'before the app starts (the shell of index.html)', async (t) => {
    await speaks(lang, 'shell', {
      loaded: false,
      rendered: true,
      routes: { [WASM]: () => {} }, // never answers
      expected: t.tagline,
      prepare: async (page) => { await page.locator('#poles-shell .status').first().waitFor({ state: 'attached' }); },
    });
  });

  state(lang, 'after switching from English with the keyboard (no reload, the view kept)', async (t) => {
    await withAtlas('?lang=en&cluster=aerospace-valley&region=76', {}, async (page) => {
      await page.evaluate(() => { window.__notReloaded = true; });
      // The menu, from the keyboard: down the list to the language (each step a language shown).
      const menu = page.getByRole('combobox', { name: CATALOGUES.en.interface.language_switch });
      await menu.focus();
      for (let i = 0; i < LANGUAGES.indexOf(lang); i++) await page.keyboard.press('ArrowDown');
      await page.waitForFunction((code) => document.documentElement.lang === code, lang);
      await page.locator('.app-tagline', { hasText: t.tagline }).waitFor();
      assert.equal(await page.evaluate(() => window.__notReloaded), true, 'no reload');
      const url = new URL(await address(page));
      assert.equal(url.searchParams.get('lang'), lang, 'lang= in the address');
      assert.equal(url.searchParams.get('cluster'), 'aerospace-valley', 'the card kept');
      assert.equal(url.searchParams.get('region'), '76', 'the region kept');
      assert.equal(await page.locator('aside.card #card-title').textContent(), 'Aerospace Valley');
      assert.equal(await page.getByRole('combobox', { name: t.language_switch }).inputValue(), lang);
      const found = inApp(lang, englishIn(await page.evaluate(collectTexts, [false, lang]), dataStrings(DATASET), lang));
      assert.deepEqual(found.map((f) => f.text), [], `switched to ${lang}: English in the interface:\n${report(found)}`);
    });
  });
}

/** Load errors, each with a text of the language its alert must show. */
const LOAD_ERRORS = {
  'HTTP 500': [json('oops', 500), () => 'HTTP 500'],
  'a web page instead of the data': [
    (req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!doctype html><p>Login</p>'); },
    (t) => t.not_data_error.split('{')[0].trim(),
    ['text/html'], // the server's content type, quoted
  ],
  'the server unreachable': [(req) => { req.socket.destroy(); }, (t) => t.network_error],
  'a truncated file': [json(REAL.subarray(0, 5000)), (t) => t.invalid_data.split('{')[0].trim()],
  'an empty file': [json(''), (t) => t.invalid_data.split('{')[0].trim()],
};

// Every other state the suites reach, in every language but English.
for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  state(lang, 'no cluster matches (0 takes the singular)', async (t) => {
    await speaks(lang, 'empty result', { query: '&q=zzzqqqxxw', expected: t.no_match, check: async (page) => {
      assert.equal((await page.locator('.list-panel .count').textContent()).trim(), counted(lang, t.clusters_shown, 0));
    } });
  });

  state(lang, 'the 2006 view', async (t) => {
    await speaks(lang, '2006 view', {
      query: '&view=2006',
      expected: t.view_2006_heading,
      prepare: async (page) => { await page.locator('section.view-2006').waitFor(); },
    });
  });

  state(lang, 'the region outlines unavailable', async (t) => {
    await speaks(lang, 'geometry unavailable', {
      routes: { '/data/regions.geojson': json('gone', 404) },
      expected: t.geometry_unavailable,
      prepare: async (page) => { await page.locator('.notice').first().waitFor(); },
    });
  });

  state(lang, 'the embedded shell', async (t) => {
    await speaks(lang, 'embedded shell', {
      query: '&embed=1',
      loaded: false,
      rendered: true,
      routes: { [WASM]: () => {} },
      expected: t.open_full_map,
      prepare: async (page) => { await page.locator('#poles-shell .status').first().waitFor({ state: 'attached' }); },
    });
  });

  state(lang, 'the map could not start (boot.js)', async (t) => {
    await speaks(lang, 'boot failure', {
      loaded: false,
      rendered: true, // the alert stands in the shell, which holds every language
      routes: { [WASM]: (req, res) => { res.writeHead(200, { 'Content-Type': 'application/wasm' }); res.end('not wasm'); } },
      expected: t.boot_failed,
      prepare: async (page) => { await page.getByRole('alert').waitFor({ timeout: 20000 }); },
    });
  });

  for (const [fault, [route, expected, data = []]] of Object.entries(LOAD_ERRORS)) {
    state(lang, `load error, ${fault}`, async (t) => {
      await speaks(lang, `load error (${fault})`, {
        data,
        loaded: false,
        routes: { '/data/clusters.json': route },
        expected: expected(t),
        prepare: async (page) => { await page.getByRole('alert').waitFor({ timeout: 20000 }); },
      });
    });
  }

  state(lang, 'the invalid-record warning and its details', async (t) => {
    const data = structuredClone(DATASET);
    const bad = data.clusters.findIndex((c) => c.status === 'current');
    data.clusters[bad].hq.lat = 95;
    await speaks(lang, 'invalid record', {
      routes: { '/data/clusters.json': json(data) },
      dataset: data,
      expected: counted(lang, t.skipped_records, 1),
      prepare: async (page) => {
        const notice = page.locator('.notice').first();
        await notice.waitFor();
        await notice.locator('details').evaluate((d) => { d.open = true; });
      },
    });
  });

  {
    state(lang, 'the crash alert (in the language shown)', async (t) => {
      await speaks(lang, 'panic', {
        expected: t.panic_message,
        prepare: async (page) => {
          await page.evaluate(async () => {
            const glue = await import(document.getElementById('poles-boot').dataset.js);
            try { glue.poles_test_panic(); } catch { /* the panic under test */ }
          });
          await page.locator('#panic-alert').waitFor();
        },
      });
    });
  }


  state(lang, 'the map image dialog', async (t) => {
    await speaks(lang, 'map image dialog', {
      expected: t.map_image.heading,
      prepare: async (page) => {
        await page.locator('.downloads').getByRole('button', { name: t.map_image.download, exact: true }).click();
        await page.locator('.map-image-dialog').waitFor();
      },
    });
  });
}

/** Numbers grouped as each language writes them (CLDR): 1,234 / 1 234 / 1.234. */
const GROUPED = { fr: /\d\u202f\d{3}\b/, de: /\d\.\d{3}\b/, ja: /\d,\d{3}\b/ };

/** The date the clock is set to, as each language writes it. */
const DAY = { fr: '4 décembre 2026', de: '4. Dezember 2026', ja: '2026年12月4日' };

/** A language's static pages (cargo xtask pages), read without JavaScript: a cluster's, a
 *  region's and the index speak the language, the description in English marked so. */
for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  state(lang, 'the static pages (a cluster, a region, the index) without JavaScript', async () => {
    const { site, data: { in_english: mark } } = CATALOGUES[lang];
    const tree = lang === 'fr' ? 'fr/poles' : `${lang}/clusters`;
    for (const address of [`${tree}/aerospace-valley/`, `${lang}/regions/occitanie/`, `${tree}/`]) {
      await withPage(address, { javaScriptEnabled: false }, async (page) => {
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${address}: <html lang>`);
        const chunks = await page.evaluate(collectTexts, [false, lang]);
        assert.ok(chunks.some((c) => c.text.includes(site.atlas)), `${address}: shows "${site.atlas}"`);
        const found = englishIn(chunks, dataStrings(DATASET), lang);
        assert.deepEqual(found.map((f) => f.text), [], `${address}: English on the ${lang} page:\n${report(found)}`);
        if (address.includes('aerospace-valley')) {
          const description = page.locator('.card-description');
          assert.equal(await description.locator('[lang="en"]').count(), lang === 'fr' ? 0 : 1, `${address}: lang="en"`);
          if (lang !== 'fr') assert.equal((await description.locator('.in-english').textContent()).trim(), mark);
        }
      });
    }
  });
}

for (const lang of ['fr', 'de', 'ja']) {
  state(lang, 'plurals, numbers and dates (CLDR)', async (t) => {
    await speaks(lang, 'plurals, numbers and dates', {
      query: '&q=zzzqqqxxw',
      expected: counted(lang, t.clusters_shown, 0),
      // Playwright's clock stands in for `performance` too (no marks): wait for the list.
      loaded: false,
      before: async (page) => { await page.clock.setFixedTime(new Date('2026-12-04T12:00:00')); },
      prepare: async (page) => { await page.locator('.list-panel .count').waitFor({ timeout: 20000 }); },
      check: async (page) => {
        // 0 clusters: "0 pôle affiché" (French puts 0 in the singular), "0 Cluster angezeigt",
        // and Japanese has one form for every count.
        assert.equal((await page.locator('.list-panel .count').textContent()).trim(), counted(lang, t.clusters_shown, 0));
        assert.equal(await page.locator('#time-label').textContent(), t.time_label);
        assert.ok((await page.locator('.time-control').textContent()).includes(t.time_today.replace('{date}', DAY[lang])), `today as ${DAY[lang]}`);
        // The members of a region's clusters, added up: thousands grouped.
        await page.locator('#search').fill('');
        await page.selectOption('#region', '84');
        const figures = await page.locator('section.region-summary').textContent();
        assert.match(figures, GROUPED[lang], 'a number of thousands grouped');
      },
    });
  });
}

test('in English (en): <html lang> and dir, and no other language', async () => {
  for (const query of ['', '&embed=1', '&view=matrix']) {
    await withAtlas(`?lang=en${query}`, {}, async (page) => {
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en', 'ltr']);
      assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');
    });
  }
});

for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  state(lang, 'the page title and Leaflet\'s controls (zoom buttons, attribution)', async () => {
    // What the other states met outside the app's components, and the atlas's own.
    await withAtlas(`?lang=${lang}`, {}, async (page) => {
      assert.equal(await page.title(), CATALOGUES[lang].site.atlas_title);
      inApp(lang, englishIn(await page.evaluate(collectTexts, [false, lang]), dataStrings(DATASET), lang));
    });
    const found = [...outsideTheApp[lang].values()];
    assert.deepEqual(found.map((f) => f.text), [], `English outside the app's components:\n${report(found)}`);
  });
}
