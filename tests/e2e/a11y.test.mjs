// Accessibility: axe-core finds no moderate, serious or critical violation in the main states
// of the atlas (default view, a region selected, cards open, the French view, historical
// clusters shown, the 2006 view, the About and Embed dialogs, a past date with the time control
// playing, labels past their term) nor in the load-error state nor
// in the shell of index.html shown before the app starts; only axe's "minor" findings are
// tolerated (and printed). axe is injected as a script, so these pages bypass the server's CSP
// (the other test files keep it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { json } from './server.mjs';
import { suite, untilStill, expectAxeClean, wasmAddress, DATASET } from './browser.mjs';

/** axe's impacts that fail a test: every one but "minor". */
const FAILING = ['moderate', 'serious', 'critical'];

const { withPage } = suite();

/** Serves dist/ (with `routes`), opens `query`, runs `prepare(page)`, then checks with axe
 *  (and that nothing went to the console as an error). */
function check(state, { query = '', routes, loaded = true, width, height, prepare = async () => {} } = {}) {
  const options = { routes, width, height, bypassCSP: true, atlas: loaded, waitUntil: loaded ? 'load' : 'domcontentloaded' };
  return withPage(query, options, async (page) => {
    await prepare(page);
    await expectAxeClean(page, state, { failing: FAILING });
  });
}

test('default view: no moderate, serious or critical axe violation', async () => {
  await check('default view');
});

test('a region selected: no moderate, serious or critical axe violation', async () => {
  await check('region selected', {
    prepare: async (page) => {
      await page.selectOption('#region', '84');
      await page.locator('section.region-summary').waitFor();
      await untilStill(page, ['.map path.region-84']); // the map flies to the region
    },
  });
});

/** The levels of the card's headings, in document order. */
const cardHeadingLevels = (page) => page.locator('aside.card').evaluate((card) => [...card.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .map((h) => Number(h.tagName.slice(1))));

test('a card open: no moderate, serious or critical axe violation', async () => {
  await check('card open', {
    prepare: async (page) => {
      // Members of the three kinds and an unverified field.
      await page.locator('.cluster-list li[data-id="aquimer"] button.cluster-name').click();
      await page.locator('aside.card').waitFor();
      await page.locator('aside.card details.card-sources summary').click();
      assert.deepEqual(await cardHeadingLevels(page), [2, 3, 3, 3], 'the card\'s h2, then h3 for each kind of member');
    },
  });
});

test('a historical cluster\'s card, on a narrow embed: no moderate, serious or critical axe violation', async () => {
  const historical = DATASET.clusters.find((c) => c.status === 'historical' && c.successor);
  await check('historical card in the embed layout', {
    query: `?embed=1&hist=1&cluster=${historical.id}`,
    width: 390,
    height: 844,
    prepare: async (page) => {
      await page.locator('aside.card #card-title').waitFor();
      assert.equal(await page.locator('#card-title').textContent(), historical.name);
      // The card's title is an h2 and its sub-headings (the triad's kinds) h3: no level skipped.
      assert.deepEqual(await cardHeadingLevels(page), [2, 3, 3, 3]);
    },
  });
});

test('the French view: no moderate, serious or critical axe violation', async () => {
  await check('French view', {
    query: '?lang=fr&cluster=eurobiomed',
    prepare: async (page) => {
      await page.locator('aside.card').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    },
  });
});

test('historical clusters shown: no moderate, serious or critical axe violation', async () => {
  await check('historical clusters shown', {
    prepare: async (page) => {
      await page.getByLabel('Show historical clusters').check();
      await page.locator('.cluster-list li.cluster-item.historical').first().waitFor();
    },
  });
});

test('the atlas at a past date, with a region profile and a card, and the time control playing: no moderate, serious or critical axe violation', async () => {
  await check('at a past date', {
    query: '?at=2012&region=93&cluster=pegase&hist=1',
    prepare: async (page) => {
      await page.locator('.years-chart').waitFor();
      await page.locator('aside.card .card-history').waitFor();
      await page.locator('.time-play').click();
      assert.equal(await page.locator('.time-play').getAttribute('aria-pressed'), 'true');
    },
  });
});

test('labels past their term (the notice), in French: no moderate, serious or critical axe violation', async () => {
  await check('past their term', {
    query: '?lang=fr&cluster=materalia',
    prepare: async (page) => {
      await page.locator('.notice-unconfirmed').waitFor();
      await page.locator('aside.card .card-status').waitFor();
    },
  });
});

test('the load-error state: no moderate, serious or critical axe violation', async () => {
  await check('load error', {
    loaded: false,
    routes: { '/data/clusters.json': json({ error: 'boom' }, 500) },
    prepare: async (page) => {
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20000 });
      assert.match(await alert.textContent(), /HTTP 500/);
      // Chromium logs the failed fetch itself: that is the state under test, not a fault.
      const expected = /^console: Failed to load resource: .*status of 500/;
      const logged = page.problems.filter((p) => !expected.test(p));
      page.problems.splice(0, page.problems.length, ...logged);
    },
  });
});

const WASM = wasmAddress();

test('the shell of index.html, before the app starts: no moderate, serious or critical axe violation', async () => {
  const shown = async (page) => { await page.locator('#poles-shell .status').first().waitFor({ state: 'attached' }); };
  const never = { [WASM]: () => {} }; // the wasm never answers: the shell stays
  await check('shell', { loaded: false, routes: never, prepare: shown });
  await check('embedded shell, French, on a phone', { query: '?embed=1&lang=fr', loaded: false, routes: never, width: 390, height: 844, prepare: shown });
});

test('the 2006 view and the About and Embed dialogs: no moderate, serious or critical axe violation', async () => {
  await check('2006 view', {
    query: '?view=2006',
    prepare: async (page) => { await page.locator('section.view-2006').waitFor(); },
  });
  await check('About dialog', {
    prepare: async (page) => {
      await page.getByRole('button', { name: 'About' }).click();
      await page.getByRole('dialog').waitFor();
    },
  });
  await check('Embed dialog', {
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Embed' }).click();
      await page.getByRole('dialog').waitFor();
    },
  });
});
