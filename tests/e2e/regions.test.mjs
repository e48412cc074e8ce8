// Regions: the choropleth legend (its classes follow the counts of the data under the filters),
// the region profile (by a click on the map, the select, or region= in the URL, embeds
// included), and the regions × sectors table (view=matrix): cells, totals, header filters,
// sorting, CSV download, Back; a region no cluster covers (a fixture dataset); axe in the
// three views, in English and French; screenshots at 320, 390 and 1440 px. Every expected
// number is computed here from data/clusters.json (or the fixture).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { json } from './server.mjs';
import {
  suite, screenshot, settled, untilStill, shownCount, params, clickRegion, expectAxeClean, download, csvRows,
  DATASET, CURRENT,
} from './browser.mjs';

const SECTORS = DATASET.sectors;
const REGIONS = DATASET.regions;
const SIZES = { phone: { width: 390, height: 844 }, narrow: { width: 320, height: 640 }, desktop: { width: 1440, height: 900 } };

const { withAtlas } = suite();

// --- The oracle --------------------------------------------------------------------------------

/** Current clusters covering `code`. */
const inRegion = (code, clusters = CURRENT) => clusters.filter((c) => c.regions.includes(code));
/** Current clusters covering `code` with sector `id` among theirs (a matrix cell). */
const cell = (code, id) => inRegion(code).filter((c) => c.sectors.includes(id)).length;
/** Clusters per region, in dataset order: each cluster counts in every region it covers. */
const regionCounts = (clusters) => REGIONS.map((r) => inRegion(r.code, clusters).length);

/** The legend's classes for counts whose highest is `max`: [class, low, high]. */
function legendRanges(max) {
  const upper = max <= 4 ? Array.from({ length: max }, (_, i) => i + 1) : [1, 2, 3, 4].map((k) => Math.ceil((k * max) / 4));
  const ranges = [[0, 0, 0]];
  let low = 1;
  upper.forEach((high, i) => { ranges.push([i + 1, low, high]); low = high + 1; });
  return ranges;
}

/** Numbers as the app writes them. */
const number = (n, lang = 'en') => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
/** The accent- and case-insensitive name key the app sorts by. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[\s\-_/.,;:()&+]+/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').trim();
const byName = (a, b) => (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : 0);

/** What the profile of `code` shows, from the data. */
function expectedProfile(code, lang = 'en') {
  const mine = inRegion(code);
  const bars = SECTORS.map((s) => [s, mine.filter((c) => c.sectors.includes(s.id)).length])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || SECTORS.indexOf(a[0]) - SECTORS.indexOf(b[0]))
    .map(([s, n]) => ({ sector: s.id, label: s.short_label?.[lang] ?? s.label[lang], count: n }));
  const stated = mine.filter((c) => c.member_count);
  const years = stated.map((c) => c.member_count.year);
  const names = (list) => [...list].sort(byName).map((c) => c.name);
  return {
    total: mine.length,
    here: mine.filter((c) => c.regions[0] === code).length,
    bars,
    sum: stated.reduce((s, c) => s + c.member_count.value, 0),
    stating: stated.length,
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
    approximate: stated.some((c) => c.member_count.qualifier),
    worldClass: names(mine.filter((c) => c.labels?.label_2005_2007 === 'world-class')),
    worldVocation: names(mine.filter((c) => c.labels?.label_2005_2007 === 'world-vocation')),
    elsewhere: names(mine.filter((c) => c.regions[0] !== code)),
  };
}

// --- Reading the page ----------------------------------------------------------------------------

/** The legend: [[class, low, high, range text]]. */
function legend(page) {
  return page.locator('.choropleth-legend .choropleth-scale li').evaluateAll((items) => items.map((li) => [
    Number(li.dataset.class), Number(li.dataset.low), Number(li.dataset.high),
    li.querySelector('.choropleth-range').textContent,
  ]));
}
const rangeText = ([, low, high], lang = 'en') => (low === high ? number(low, lang) : `${number(low, lang)}–${number(high, lang)}`);
const expectedLegend = (counts, lang = 'en') => legendRanges(Math.max(0, ...counts)).map((r) => [...r, rangeText(r, lang)]);

/** The profile's bars: [{ sector, label, count, pressed }]. */
function bars(page) {
  return page.locator('section.region-profile .profile-bar').evaluateAll((buttons) => buttons.map((b) => ({
    sector: b.dataset.sector,
    label: b.querySelector('.bar-label').textContent,
    count: Number(b.querySelector('.bar-count').textContent.replace(/[\s\u202f,]/g, '')),
  })));
}
const figure = (page, name) => page.locator(`section.region-profile [data-figure="${name}"] dd`);
const figureNames = (page, name) => figure(page, name).locator('li button').allTextContents();

/** Checks the profile of `code` against the data. */
async function expectProfile(page, code, lang = 'en') {
  const want = expectedProfile(code, lang);
  const profile = page.locator('section.region-profile');
  await profile.waitFor();
  assert.equal(await profile.locator('h2').textContent(), REGIONS.find((r) => r.code === code).name);
  const total = await profile.locator('.summary-total').textContent();
  if (lang === 'en') {
    assert.equal(total, `${want.total} current cluster${want.total === 1 ? ' covers' : 's cover'} the region`);
  } else {
    assert.equal(total, `${want.total} pôle${want.total > 1 ? 's actuels couvrent' : ' actuel couvre'} la région`);
  }
  assert.deepEqual(await bars(page), want.bars.map(({ sector, label, count }) => ({ sector, label, count })), 'bars: sectors among theirs, most first');
  const current = await figure(page, 'current').textContent();
  assert.ok(current.startsWith(`${want.total} (`) && current.includes(`${want.here} `), `${current} (${want.here} here)`);
  const members = await figure(page, 'members').textContent();
  if (want.stating) {
    const years = want.years[0] === want.years[1] ? `${want.years[0]}` : `${want.years[0]}–${want.years[1]}`;
    assert.ok(members.includes(number(want.sum, lang)), `${members} has the sum ${want.sum}`);
    assert.ok(members.includes(years), `${members} has the years ${years}`);
    assert.ok(members.includes(`${want.stating} `), `${members} says how many state one`);
    assert.equal(/about|environ/.test(members), want.approximate);
  }
  assert.deepEqual(await figureNames(page, 'world-class'), want.worldClass, 'world-class in 2005–07');
  assert.deepEqual(await figureNames(page, 'world-vocation'), want.worldVocation, 'world vocation');
  assert.deepEqual(await figureNames(page, 'hq-elsewhere'), want.elsewhere, 'head office elsewhere');
  const agency = REGIONS.find((r) => r.code === code).agency;
  if (agency) {
    const link = profile.locator('.profile-agency a');
    assert.equal(await link.getAttribute('href'), agency.url);
    assert.equal(await link.textContent(), agency.name);
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  return want;
}

/** The table: { head: [sector ids], rows: [{ code, name, cells, total }], totals, grand }. */
function table(page) {
  return page.locator('section.matrix table').evaluate((t) => {
    const num = (el) => Number(el.textContent.replace(/[\s\u202f,]/g, ''));
    return {
      head: [...t.querySelectorAll('thead th[data-sector]')].map((th) => th.dataset.sector),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => {
        const tds = [...tr.querySelectorAll('td')];
        return { code: tr.dataset.region, name: tr.querySelector('th').textContent, cells: tds.slice(0, -1).map(num), total: num(tds.at(-1)) };
      }),
      totals: [...t.querySelectorAll('tfoot td')].slice(0, -1).map(num),
      grand: num([...t.querySelectorAll('tfoot td')].at(-1)),
    };
  });
}
const ariaSorts = (page) => page.locator('section.matrix thead th').evaluateAll((ths) => ths
  .filter((th) => th.hasAttribute('aria-sort'))
  .map((th) => [th.dataset.sector ?? th.querySelector('span').textContent, th.getAttribute('aria-sort')]));

// --- The choropleth legend -----------------------------------------------------------------------

test('the legend’s classes follow the counts of the data: all clusters, a chip, a search; a region leaves them', async () => {
  await withAtlas('', {}, async (page) => {
    const all = regionCounts(CURRENT);
    assert.deepEqual(await legend(page), expectedLegend(all), 'every current cluster, by the regions it covers');
    const legendBox = page.locator('.choropleth-legend');
    assert.match(await legendBox.textContent(), /each counts in every region it covers/);
    const max = Math.max(...all);
    const top = REGIONS.filter((r, i) => all[i] === max).map((r) => r.name).join(', ');
    assert.equal(await legendBox.locator('.choropleth-most').textContent(), `Most: ${top} (${max})`);

    await page.locator('.chip[data-sector="health"]').click();
    const health = regionCounts(CURRENT.filter((c) => c.sectors.includes('health')));
    assert.deepEqual(await settled(() => legend(page), expectedLegend(health)), expectedLegend(health), 'health only');
    assert.notDeepEqual(expectedLegend(health), expectedLegend(all), 'the chip changes the classes');
    assert.match(await legendBox.textContent(), /The clusters the filters show/);
    const healthMax = Math.max(...health);
    const healthTop = REGIONS.filter((r, i) => health[i] === healthMax);
    assert.equal(await legendBox.locator('.choropleth-most').textContent(), healthTop.length > 3
      ? `Most: ${healthMax} (in ${healthTop.length} regions)`
      : `Most: ${healthTop.map((r) => r.name).join(', ')} (${healthMax})`, 'many ties: their number');

    // A region selected leaves the shading as it was (it is the other filters' map).
    await page.selectOption('#region', '84');
    await page.locator('section.region-profile').waitFor();
    assert.deepEqual(await legend(page), expectedLegend(health), 'the region does not change the shading');

    await page.locator('.chip[data-sector="marine"]').click();
    const either = regionCounts(CURRENT.filter((c) => c.sectors.includes('health') || c.sectors.includes('marine')));
    assert.deepEqual(await settled(() => legend(page), expectedLegend(either)), expectedLegend(either), 'health or maritime');

    await page.getByLabel('Search').fill('zzzz-no-such-cluster');
    assert.deepEqual(await settled(() => legend(page), [[0, 0, 0, '0']]), [[0, 0, 0, '0']], 'nothing shown: only "0"');
    assert.equal(await legendBox.locator('.choropleth-most').textContent(), 'No region has a cluster shown.');
    await screenshot(page, 'regions-legend-empty');
  });
});

// --- The region profile ----------------------------------------------------------------------

test('a click on a region shows its profile with the data’s numbers; a bar filters by its sector', async () => {
  await withAtlas('', {}, async (page) => {
    await clickRegion(page, '76');
    assert.equal((await params(page)).region, '76');
    const want = await expectProfile(page, '76');
    assert.equal(await page.locator('section.region-summary').count(), 1, 'the profile replaces the summary');

    // The first bar: the sector with the most clusters in the region.
    const first = want.bars[0];
    const bar = page.locator(`section.region-profile .profile-bar[data-sector="${first.sector}"]`);
    assert.equal(await bar.getAttribute('aria-pressed'), 'false');
    await bar.click();
    assert.deepEqual(await params(page), { sector: first.sector, region: '76' });
    assert.equal(await settled(() => shownCount(page), first.count), first.count, 'the list shows the clusters of the bar');
    assert.equal(await bar.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator(`.chip[data-sector="${first.sector}"]`).getAttribute('aria-pressed'), 'true', 'the chip follows');
    assert.deepEqual(await bars(page), want.bars.map(({ sector, label, count }) => ({ sector, label, count })), 'the profile stays the region’s');
    await screenshot(page, 'regions-profile-desktop');
    await bar.click();
    assert.deepEqual(await params(page), { region: '76' }, 'pressed again: every sector');
    assert.equal(await settled(() => shownCount(page), want.total), want.total);

    // A name in the figures opens its card.
    const named = want.elsewhere[0] ?? want.worldClass[0];
    if (named) {
      await figure(page, want.elsewhere.length ? 'hq-elsewhere' : 'world-class').getByRole('button', { name: named, exact: true }).click();
      assert.equal(await page.locator('#card-title').textContent(), named);
    }
  });
});

test('the region select shows the profile, in French, and the profile opens the table', async () => {
  await withAtlas('?lang=fr', {}, async (page) => {
    await page.selectOption('#region', '84');
    await expectProfile(page, '84', 'fr');
    const profile = page.locator('section.region-profile');
    assert.equal(await profile.locator('h3').first().textContent(), 'Pôles par secteur');
    assert.equal(await profile.getByRole('button', { name: 'Toute la France' }).count(), 1);
    await profile.getByRole('button', { name: 'Comparer les régions (tableau)' }).click();
    await page.locator('section.matrix').waitFor();
    assert.deepEqual(await params(page), { region: '84', view: 'matrix', lang: 'fr' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'matrix-title', 'focus on the table’s heading');
  });
});

test('?region=84&embed=1 opens on the profile, at the top of the side panel, at every width', async () => {
  for (const [name, size] of Object.entries(SIZES)) {
    await withAtlas('?region=84&embed=1', size, async (page) => {
      await expectProfile(page, '84');
      const first = await page.locator('.side-column > *').first().evaluate((el) => el.className);
      assert.match(first, /region-profile/, 'first in the side panel');
      const box = await page.locator('section.region-profile').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= size.width + 0.5, `fits ${size.width} px: ${JSON.stringify(box)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scroll at ${size.width} px (${overflow})`);
      await page.locator('section.region-profile').scrollIntoViewIfNeeded();
      await screenshot(page, `regions-embed-profile-${name}`);
    });
  }
});

/**
 * The dataset with region `code` covered by no cluster: each cluster that covers it without
 * its head office there covers it no more (every region has a cluster in the real data).
 */
function withoutRegion(code) {
  const dataset = structuredClone(DATASET);
  for (const cluster of dataset.clusters.filter((c) => c.regions.includes(code))) {
    assert.notEqual(cluster.regions[0], code, `the fixture: ${cluster.id} has its head office in ${code}`);
    cluster.regions = cluster.regions.filter((r) => r !== code);
  }
  return dataset;
}

test('a region without clusters says so, in English and French', async () => {
  const code = '02'; // Martinique: covered by one cluster, headquartered in La Réunion
  const fixture = withoutRegion(code);
  assert.ok(inRegion(code, DATASET.clusters).length > 0, 'the region has clusters in the real data');
  assert.equal(inRegion(code, fixture.clusters).length, 0, 'and none in the fixture');
  const routes = { '/data/clusters.json': json(fixture) };
  for (const [lang, total, empty] of [
    ['en', '0 current clusters cover the region', 'No current cluster covers this region.'],
    ['fr', '0 pôle actuel couvre la région', 'Aucun pôle actuel ne couvre cette région.'],
  ]) {
    await withAtlas(`?region=${code}&lang=${lang}`, { routes }, async (page) => {
      const profile = page.locator('section.region-profile');
      await profile.waitFor();
      assert.equal(await profile.locator('h2').textContent(), REGIONS.find((r) => r.code === code).name);
      assert.equal(await profile.locator('.summary-total').textContent(), total);
      assert.equal(await profile.locator('.profile-empty').count(), 1, 'the profile says the region is empty');
      assert.equal(await profile.locator('.profile-empty').textContent(), empty);
      assert.equal(await profile.locator('.profile-bar').count(), 0, 'no bar');
      assert.equal(await profile.locator('[data-figure]').count(), 0, 'no key figure');
      assert.equal(await shownCount(page), 0, 'the list shows no cluster');
      await screenshot(page, `regions-empty-${lang}`);
    });
  }
});

// --- The regions × sectors table -----------------------------------------------------------------

test('the table: cells and totals equal the data’s counts; sort; CSV; headers filter and go back to the map; Back', async () => {
  await withAtlas('', {}, async (page) => {
    const toggle = page.locator('button.matrix-toggle');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.locator('section.matrix').waitFor();
    assert.deepEqual(await params(page), { view: 'matrix' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await settled(() => page.evaluate(() => document.activeElement.id), 'matrix-title'), 'matrix-title', 'focus moves to the table');
    assert.equal(await page.locator('.atlas').isVisible(), false, 'the map is hidden behind the table');
    assert.equal(await page.locator('.filters').isVisible(), false, 'and so are the filters');

    const t = await table(page);
    assert.deepEqual(t.head, SECTORS.map((s) => s.id), 'every sector, in the vocabulary’s order');
    const regionsByName = [...REGIONS].sort(byName);
    assert.deepEqual(t.rows.map((r) => r.code), regionsByName.map((r) => r.code), 'every region, A to Z');
    for (const row of t.rows) {
      assert.deepEqual(row.cells, SECTORS.map((s) => cell(row.code, s.id)), `cells of ${row.name}`);
      assert.equal(row.total, inRegion(row.code).length, `distinct clusters of ${row.name}`);
    }
    assert.deepEqual(t.totals, SECTORS.map((s) => CURRENT.filter((c) => c.sectors.includes(s.id)).length), 'distinct clusters per sector');
    assert.equal(t.grand, CURRENT.length);
    assert.deepEqual(await ariaSorts(page), [['Region', 'ascending']]);
    await screenshot(page, 'regions-matrix-desktop');

    // Sort by health, most first, then fewest first.
    await page.getByRole('button', { name: 'Sort by Health' }).click();
    assert.deepEqual(await ariaSorts(page), [['health', 'descending']]);
    const h = SECTORS.findIndex((s) => s.id === 'health');
    const healthOrder = [...REGIONS].sort((a, b) => cell(b.code, 'health') - cell(a.code, 'health') || byName(a, b)).map((r) => r.code);
    assert.deepEqual((await table(page)).rows.map((r) => r.code), healthOrder, 'most health clusters first, ties A to Z');
    await page.getByRole('button', { name: 'Sort by Health' }).click();
    assert.deepEqual(await ariaSorts(page), [['health', 'ascending']]);
    const values = (await table(page)).rows.map((r) => r.cells[h]);
    assert.deepEqual(values, [...values].sort((a, b) => a - b), 'fewest first');
    await page.getByRole('button', { name: 'Sort by Total' }).click();
    assert.deepEqual(await ariaSorts(page), [['Total', 'descending']]);
    const totals = (await table(page)).rows.map((r) => r.total);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a));
    // From the keyboard: the table is drawn again, and the focus stays on the button pressed.
    await page.keyboard.press('Enter');
    assert.deepEqual(await settled(() => ariaSorts(page), [['Total', 'ascending']]), [['Total', 'ascending']]);
    const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.equal(await settled(focused, 'Sort by Total'), 'Sort by Total', 'the focus stays on the sort button');
    await page.keyboard.press('Enter');
    assert.deepEqual(await settled(() => ariaSorts(page), [['Total', 'descending']]), [['Total', 'descending']]);
    assert.equal(await settled(focused, 'Sort by Total'), 'Sort by Total');

    // CSV: the table as shown (BOM, header, rows in the order shown, a row of totals).
    const csv = await download(page, page.getByRole('button', { name: 'Download the table (CSV)' }));
    assert.equal(csv.name, 'poles-regions-sectors.csv');
    const lines = csvRows(csv.bytes);
    assert.deepEqual(lines[0], ['region_code', 'region', ...SECTORS.map((s) => s.label.en), 'total']);
    const shown = (await table(page)).rows;
    const body = lines.slice(1, -1);
    assert.deepEqual(body, shown.map((r) => [r.code, r.name, ...r.cells.map(String), String(r.total)]), 'rows in the order shown');
    assert.deepEqual(lines.at(-1), ['', 'Total (distinct clusters)', ...t.totals.map(String), String(t.grand)], 'the totals row');

    // A row header: that region's clusters on the map, focus on its profile.
    const brittany = inRegion('53');
    await page.locator('section.matrix tbody tr[data-region="53"] th button').click();
    assert.deepEqual(await params(page), { region: '53' });
    assert.equal(await settled(() => shownCount(page), brittany.length), brittany.length, 'the row’s total');
    assert.equal(await settled(() => page.evaluate(() => document.activeElement.id), 'region-summary-title'), 'region-summary-title');
    assert.equal(await page.locator('.atlas').isVisible(), true);

    // Back: the table again.
    await page.goBack();
    await page.locator('section.matrix').waitFor();
    assert.deepEqual(await params(page), { view: 'matrix' });
    assert.deepEqual(await ariaSorts(page), [['Total', 'descending']], 'the sort kept from the last opening');

    // A column header: that sector's clusters, focus on the legend of the shading.
    const energy = CURRENT.filter((c) => c.sectors.includes('energy'));
    await page.locator('section.matrix thead th[data-sector="energy"] button.matrix-filter').click();
    assert.deepEqual(await params(page), { sector: 'energy' });
    assert.equal(await settled(() => shownCount(page), energy.length), energy.length, 'the column’s total');
    assert.equal(await settled(() => page.evaluate(() => document.activeElement.id), 'choropleth-title'), 'choropleth-title');
    const counts = regionCounts(energy);
    assert.deepEqual(await settled(() => legend(page), expectedLegend(counts)), expectedLegend(counts));

    // The legend's own way to the table, and "Back to the map".
    await page.locator('.choropleth-legend').getByRole('button', { name: 'Compare the regions (table)' }).click();
    assert.deepEqual(await params(page), { sector: 'energy', view: 'matrix' });
    await page.getByRole('button', { name: 'Back to the map' }).click();
    assert.deepEqual(await params(page), { sector: 'energy' });
    assert.equal(await settled(() => shownCount(page), energy.length), energy.length, 'the filters kept');
  });
});

test('view=matrix by URL, in French and embedded, at every width', async () => {
  for (const [name, size] of Object.entries(SIZES)) {
    await withAtlas('?view=matrix&lang=fr&embed=1', size, async (page) => {
      const matrix = page.locator('section.matrix');
      await matrix.waitFor();
      assert.equal(await matrix.locator('h2').textContent(), 'Pôles actuels par région et par secteur');
      assert.equal(await matrix.locator('tfoot th').textContent(), 'Total (pôles distincts)');
      const t = await table(page);
      assert.equal(t.grand, CURRENT.length);
      assert.equal(t.rows.length, REGIONS.length);
      assert.notEqual(await page.evaluate(() => document.activeElement.id), 'matrix-title', 'no focus move on load');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page does not scroll sideways at ${size.width} px (the table does): ${overflow}`);
      const toggle = page.getByRole('button', { name: 'Régions × secteurs' });
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'the embed bar’s table button');
      assert.equal(await toggle.getAttribute('title'), 'Régions × secteurs');
      await screenshot(page, `regions-matrix-embed-fr-${name}`);
    });
  }
});

test('screenshots of the legend and the profile at 320, 390 and 1440 px', async () => {
  for (const [name, size] of Object.entries(SIZES)) {
    await withAtlas('?sector=health&region=76', size, async (page) => {
      await page.locator('section.region-profile').waitFor();
      await untilStill(page, ['.map path.region-76']); // the map flies to the region
      await screenshot(page, `regions-map-${name}`);
      await page.locator('.choropleth-legend').scrollIntoViewIfNeeded();
      await screenshot(page, `regions-legend-${name}`);
      await page.locator('section.region-profile').scrollIntoViewIfNeeded();
      await screenshot(page, `regions-profile-${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scroll at ${size.width} px (${overflow})`);
    });
    await withAtlas('?view=matrix', size, async (page) => {
      await page.locator('section.matrix').waitFor();
      await screenshot(page, `regions-matrix-${name}`);
    });
  }
});

// --- Accessibility -------------------------------------------------------------------------------

test('axe: the legend, the profile and the table, in English and French', async () => {
  for (const [query, state, ready] of [
    ['?sector=health', 'legend', '.choropleth-legend'],
    ['?region=84', 'profile', 'section.region-profile'],
    ['?region=76&embed=1&lang=fr', 'profil (embed, fr)', 'section.region-profile'],
    ['?view=matrix', 'table', 'section.matrix'],
    ['?view=matrix&lang=fr', 'tableau (fr)', 'section.matrix'],
  ]) {
    await withAtlas(query, { bypassCSP: true }, async (page) => {
      await page.locator(ready).waitFor();
      await untilStill(page, ['.leaflet-map-pane', ready]); // the map flies to a region
      await expectAxeClean(page, state);
    });
  }
});
