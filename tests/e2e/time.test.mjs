// The atlas at any date (issue 19): `at=` and the time control move the list, the markers, the
// chips, the card, the region profile and the table; names follow their dated renamings; after a
// label's term with no later decision (the browser's clock in January 2027) the atlas says so
// and never calls the label current. The expected sets come from data/clusters.json through an
// oracle written here (the rule of model/src/timeline: a period holds the day, else a label is
// lost only by an event that ends it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  suite, openPage, openAtlas, waitForAtlas, untilStill, listedIds, shownCount, markerTotal, settled, eventually,
  screenshot, DATASET, search,
} from './browser.mjs';

const ENDINGS = new Set(['merged-into', 'absorbed-by', 'de-labelled', 'dissolved', 'lapsed', 'passed-on']);
const first = (d) => { const [y, m = '01', day = '01'] = d.split('-'); return `${y}-${m}-${day}`; };
const last = (d) => {
  const [y, m, day] = d.split('-');
  if (day) return d;
  const month = m ?? '12';
  const end = new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate();
  return `${y}-${month}-${String(end).padStart(2, '0')}`;
};

/** 'labelled' | 'unconfirmed' | 'ended' | 'not-yet' for a record on an ISO day. */
function standing(cluster, day) {
  const periods = cluster.labels.periods;
  if (periods.some((p) => first(p.from) <= day && day <= last(p.until))) return 'labelled';
  const ended = periods.filter((p) => last(p.until) < day).sort((a, b) => last(a.until).localeCompare(last(b.until))).pop();
  if (!ended) return 'not-yet';
  const lost = cluster.events.some((e) => ENDINGS.has(e.kind) && first(e.date) > first(ended.from) && first(e.date) <= day);
  return lost ? 'ended' : 'unconfirmed';
}
const shownOn = (day) => DATASET.clusters.filter((c) => ['labelled', 'unconfirmed'].includes(standing(c, day)));
const cluster = (id) => DATASET.clusters.find((c) => c.id === id);

const atlas = suite({ server: true });

/** Opens the atlas at `query`; `clock`: the browser's date (Playwright's clock). */
async function open(query, { clock, ...options } = {}) {
  if (!clock) return openAtlas(atlas.browser, atlas.server.url + query, options);
  const page = await openPage(atlas.browser, options);
  // Playwright's clock stands in for `performance` too (no marks): wait for the markers.
  await page.clock.setFixedTime(new Date(clock));
  await page.goto(atlas.server.url + query);
  await page.waitForSelector('.poles-marker, .poles-cluster', { timeout: 20000 });
  return page;
}

async function done(page) {
  assert.deepEqual(page.problems, [], 'no console error');
  await page.context().close();
}

test('at= shows the clusters labelled that day: list, markers, chips and the date said', async () => {
  for (const [at, day] of [['2005-07', '2005-07-31'], ['2010-05-11', '2010-05-11'], ['2016', '2016-12-31'], ['2023-03-27', '2023-03-27']]) {
    const page = await open(`?at=${at}`);
    const expected = shownOn(day).map((c) => c.id).sort();
    assert.deepEqual((await listedIds(page)).sort(), expected, `at=${at}: the list`);
    assert.equal(await shownCount(page), expected.length);
    await untilStill(page);
    assert.equal(await markerTotal(page), expected.length, `at=${at}: the markers`);
    const chips = await page.locator('.chips button.chip[data-sector]').evaluateAll((els) => Object.fromEntries(
      els.map((e) => [e.dataset.sector, Number(e.querySelector('.chip-count').textContent.replace(/\D/g, ''))]),
    ));
    for (const sector of DATASET.sectors) {
      const n = shownOn(day).filter((c) => c.sectors.includes(sector.id)).length;
      assert.equal(chips[sector.id], n, `at=${at}: chip ${sector.id}`);
    }
    await done(page);
  }
});

test('the slider: arrows, Page keys, Home and End step through the months; the address follows, Back and Forward restore', async () => {
  const page = await open('');
  const slider = page.locator('#time');
  assert.match(await page.locator('.time-shown').textContent(), /^Today \(\d+ \w+ \d{4}\)$/);
  await slider.focus();
  await page.keyboard.press('Home');
  await settled(() => search(page), '?at=2005-07');
  assert.equal(await page.locator('.time-shown').textContent(), 'July 2005');
  assert.equal(await slider.getAttribute('aria-valuetext'), 'July 2005');
  assert.equal(await shownCount(page), shownOn('2005-07-31').length);
  await page.keyboard.press('ArrowRight');
  await settled(() => search(page), '?at=2005-08');
  await page.keyboard.press('PageUp');
  const after = await search(page);
  assert.ok(after > '?at=2005-08', `Page Up moves on: ${after}`);
  await page.goBack();
  await settled(() => search(page), '?at=2005-08');
  assert.equal(await slider.inputValue(), '1');
  await page.goBack();
  await settled(() => search(page), '?at=2005-07');
  await page.goForward();
  await settled(() => search(page), '?at=2005-08');
  await slider.focus();
  await page.keyboard.press('End');
  await settled(() => search(page), '');
  assert.match(await page.locator('.time-shown').textContent(), /^Today/);
  // Ticks at the days of the policy's milestones.
  const ticks = await page.locator('#time-ticks option').count();
  assert.ok(ticks >= 5, `${ticks} ticks`);
  await done(page);
});

test('Play replays the years; under reduced motion, a year a press', async () => {
  const page = await open('?at=2005-07');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitForAtlas(page);
  await page.locator('.time-play').click();
  await settled(() => search(page), '?at=2006-07');
  await page.locator('.time-play').click();
  await settled(() => search(page), '?at=2007-07');
  await page.context().close();

  const moving = await open('?at=2020-01');
  await moving.locator('.time-play').click();
  assert.equal(await moving.locator('.time-play').getAttribute('aria-pressed'), 'true');
  const reached = await eventually(() => moving.evaluate(() => location.search), (q) => q === '', 15000);
  assert.equal(reached, '', 'Play ends at today');
  assert.equal(await moving.locator('.time-play').getAttribute('aria-pressed'), 'false');
  await done(moving);
});

test('a card at a date says the status then, with the other cluster as a link; names follow the date', async () => {
  const page = await open('?cluster=pegase&hist=1&at=2016');
  const status = page.locator('.card .card-status');
  assert.equal(await status.textContent(), 'Merged into Safe Cluster on 18 December 2015');
  await status.locator('button').click();
  await settled(() => page.evaluate(() => new URLSearchParams(location.search).get('cluster')), 'safe-cluster');
  assert.match(await page.locator('.card .card-status').textContent(), /^Labelled since 18 December 2015/);
  // The label history lists the periods and events, dated.
  const history = await page.locator('.card .card-history li').allTextContents();
  assert.ok(history.some((line) => line.startsWith('Phase ')), history.join('\n'));
  await page.context().close();

  // Mov'eo became NextMove on 7 January 2021: before, the atlas names it Mov'eo.
  const renamed = cluster('nextmove').events.find((e) => e.kind === 'renamed');
  const before = await open(`?at=2015&cluster=nextmove`);
  assert.equal(await before.locator('#card-title').textContent(), renamed.name);
  const item = before.locator('.cluster-item[data-id="nextmove"] .cluster-name');
  assert.equal(await item.textContent(), renamed.name);
  assert.equal(await before.locator('.card .card-fields').getByText(cluster('nextmove').name, { exact: true }).count(), 1,
    'the card says the name today');
  await done(before);
});

test('a cluster not yet labelled at the date says when it was; the 2006 view is the atlas in September 2006', async () => {
  const page = await open('?cluster=enter&at=2010');
  assert.equal(await page.locator('.card .card-status').textContent(), 'Not labelled yet: first labelled on 27 March 2023');
  await page.context().close();

  const brochure = await open('?view=2006');
  assert.equal(await brochure.locator('.time-shown').textContent(), 'September 2006');
  const listed = await listedIds(brochure);
  assert.deepEqual(listed.sort(), DATASET.clusters.filter((c) => c.brochure_2006_name).map((c) => c.id).sort());
  // Moving the slider leaves the 2006 view for the atlas at that date.
  await brochure.locator('#time').focus();
  await brochure.keyboard.press('ArrowRight');
  await settled(() => brochure.evaluate(() => location.search), '?at=2006-10');
  await done(brochure);
});

test('the region profile and the table follow the date; the profile charts the region by year', async () => {
  const page = await open('?region=93&at=2012');
  const covering = (day) => shownOn(day).filter((c) => c.regions.includes('93')).length;
  assert.match(await page.locator('.region-profile .summary-total').textContent(), new RegExp(`^${covering('2012-12-31')} `));
  const alternative = await page.locator('.years-chart .visually-hidden').textContent();
  assert.ok(alternative.startsWith(`2005: ${covering('2005-12-31')} cluster`), alternative);
  assert.ok(alternative.includes(`2012: ${covering('2012-12-31')} cluster`), alternative);
  assert.equal(await page.locator('.years-chart rect.year-bar.shown').count(), 1);
  await page.context().close();

  const table = await open('?view=matrix&at=2008');
  const total = await table.locator('.matrix-table tfoot .total').last().textContent();
  assert.equal(Number(total.replace(/\D/g, '')), shownOn('2008-12-31').length);
  await done(table);
});

test('in January 2027, with no later decision in the data, no label is called current', async () => {
  const page = await open('?cluster=aerospace-valley', { clock: '2027-01-15T10:00:00Z' });
  const updated = new Date(`${DATASET.updated}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  assert.equal(
    await page.locator('.card .card-status').textContent(),
    `Labelled until 31 December 2026 (phase V); no later decision in this data (updated ${updated})`,
  );
  const notice = await page.locator('.notice-unconfirmed').textContent();
  assert.match(notice, /The labels of 56 clusters shown have passed their term/);
  assert.equal(await shownCount(page), shownOn('2027-01-15').length, 'the map shows the last labelled set');
  assert.match(await page.locator('.time-shown').textContent(), /^Today \(15 January 2027\)$/);
  await screenshot(page, 'time-january-2027');
  // The About panel counts by the day too: no cluster called labelled.
  const count = (state) => DATASET.clusters.filter((c) => standing(c, '2027-01-15') === state).length;
  assert.deepEqual([count('labelled'), count('unconfirmed')], [0, 56]);
  await page.getByRole('button', { name: 'About' }).click();
  const about = page.getByRole('dialog', { name: 'About the competitiveness clusters' });
  assert.match(await about.textContent(), new RegExp(`Today this map shows 0 labelled clusters, and ${count('ended')} former ones`
    + '.*The labels of 56 clusters shown have passed their term'));
  await page.context().close();

  const fr = await open('?cluster=aerospace-valley&lang=fr', { clock: '2027-01-15T10:00:00Z' });
  assert.match(await fr.locator('.card .card-status').textContent(),
    /^Labellisé jusqu’au 31 décembre 2026 \(phase V\)\u00a0; aucune décision ultérieure dans ces données/);
  assert.match(await fr.locator('.notice-unconfirmed').textContent(), /^Les labels de 56 pôles affichés ont dépassé leur terme/);
  await done(fr);
});

test('in French and on a phone, embedded: the time control reads in French and moves the atlas', async () => {
  const page = await open('?lang=fr&embed=1&at=2010-05', { width: 390, height: 844 });
  assert.equal(await page.locator('.time-shown').textContent(), 'mai 2010');
  // On a phone, Play is an icon; its words stay its name, and the date is not cut.
  assert.equal(await page.getByRole('button', { name: 'Rejouer les années', exact: true }).count(), 1);
  assert.ok(await page.locator('.time-play-icon').isVisible(), 'the icon shows on a phone');
  const fits = () => page.locator('.time-control').evaluate((control) => [...control.children]
    .filter((e) => e.getClientRects().length > 0 && !e.matches('datalist'))
    .every((e) => e.scrollWidth <= e.clientWidth + 1 && e.getBoundingClientRect().right <= control.getBoundingClientRect().right + 1));
  assert.ok(await fits(), 'every part of the time control fits its box (mai 2010)');
  assert.equal(await page.locator('.time-now').textContent(), 'Revenir à aujourd’hui');
  await page.locator('.time-now').click();
  await settled(() => page.evaluate(() => new URLSearchParams(location.search).get('at')), null);
  assert.match(await page.locator('.time-shown').textContent(), /^Aujourd’hui \(/);
  assert.ok(await fits(), 'every part of the time control fits its box (today)');
  await screenshot(page, 'time-phone-fr');
  await done(page);
});
