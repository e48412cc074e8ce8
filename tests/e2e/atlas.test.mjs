// The atlas end to end: filters (sector chips, region select and polygons, search, historical
// clusters) keep the count, the list and the markers in agreement; the detail card, keyboard
// use, overseas insets, the empty state, deep links, Back, and three viewport sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  suite, screenshot, markerTotal, settled, untilStill, listedIds, shownCount, params, sorted, clickRegion, openCardFromList,
  pressedChips, pressedOnly, DATASET, CURRENT,
} from './browser.mjs';

const ALL = DATASET.clusters;
const HISTORICAL = ALL.filter((c) => c.status === 'historical');
const byId = new Map(ALL.map((c) => [c.id, c]));
const SECTORS = DATASET.sectors;
const REGIONS = DATASET.regions;
const regionName = (code) => REGIONS.find((r) => r.code === code).name;
const idsOf = (clusters) => sorted(clusters.map((c) => c.id));

const { withAtlas } = suite();

/** The number in the count text, the number of list items and the clusters on the maps. */
async function counts(page) {
  const shown = await shownCount(page);
  return { shown, listed: await page.locator('.cluster-list li.cluster-item').count(), markers: await markerTotal(page) };
}
const agree = (n) => ({ shown: n, listed: n, markers: n });

/** Waits until the count, the list and the maps all show `n` clusters, and asserts it. */
async function expectShown(page, n, message) {
  assert.deepEqual(await settled(() => counts(page), agree(n)), agree(n), message);
}

/** Waits until the list holds exactly `ids` (any order), and asserts it. */
async function expectListed(page, ids, message) {
  const want = sorted(ids);
  assert.deepEqual(await settled(async () => sorted(await listedIds(page)), want), want, message);
}

/** { sectorId: number shown in its chip }. */
function chipCounts(page) {
  return page.locator('.chips button.chip[data-sector]').evaluateAll((chips) => Object.fromEntries(
    chips.map((c) => [c.dataset.sector, Number(c.querySelector('.chip-count').textContent)]),
  ));
}


/** Names of the single markers on all maps. */
function markerNames(page) {
  return page.locator('.poles-marker').evaluateAll((els) => els.map((e) => e.textContent));
}

/** The id and tag of the focused element, read until it matches `expected`. */
function focused(page, expected) {
  return settled(() => page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id || el.closest('[data-id]')?.dataset.id || '', tag: el.tagName };
  }), expected, 3000);
}

/** The region profile's bars: { sector id: count }. */
function summaryRows(page) {
  return page.locator('section.region-summary .profile-bar').evaluateAll((bars) => Object.fromEntries(
    bars.map((b) => [b.dataset.sector, Number(b.querySelector('.bar-count').textContent)]),
  ));
}
/** The bars the data implies for `clusters` (a region's current clusters): { sector id: how many have it }. */
function expectedSummary(clusters) {
  const rows = {};
  for (const s of SECTORS) {
    const n = clusters.filter((c) => c.sectors.includes(s.id)).length;
    if (n > 0) rows[s.id] = n;
  }
  return rows;
}

/** Opens the card of `id` from its list button (by keyboard) and waits for it. */
const openFromList = (page, id) => openCardFromList(page, id, byId.get(id).name);

/** The card's rows: { term (without the unverified mark): { value, marked } }. */
function cardRows(page) {
  return page.locator('aside.card .card-row').evaluateAll((rows) => Object.fromEntries(rows.map((row) => {
    const dt = row.querySelector('dt').cloneNode(true);
    const marked = dt.querySelector('.unverified') !== null;
    dt.querySelectorAll('.unverified').forEach((m) => m.remove());
    return [dt.textContent.trim(), { value: row.querySelector('dd').textContent.trim(), marked }];
  })));
}

/** Which card row shows each field that `unverified` entries name. */
const ROW_OF_FIELD = {
  former_names: 'Formerly',
  'hq.city': 'Headquarters',
  'hq.lat': 'Headquarters',
  'hq.lon': 'Headquarters',
  hq: 'Headquarters',
  regions: 'Regions',
  'labels.label_2005_2007': '2005–2007 label',
  'labels.phase': 'Phase',
  'labels.year': 'First labelled',
  website: 'Website',
  member_count: 'Members',
};

/** Checks the open card against the record of `cluster`. */
async function checkCard(page, cluster) {
  const card = page.locator('aside.card');
  assert.equal(await card.getAttribute('role'), 'region');
  assert.equal(await card.getAttribute('aria-labelledby'), 'card-title');
  assert.equal(await card.locator('#card-title').textContent(), cluster.name);
  assert.equal(await card.locator('.card-description').textContent(), cluster.description.en, `${cluster.id}: description`);

  const [year, month] = cluster.checked.split('-').map(Number);
  const monthName = new Date(Date.UTC(year, month - 1, 15)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  assert.equal(await card.locator('.card-checked').textContent(), `Facts checked: ${monthName} ${year}`, `${cluster.id}: date of check`);

  const rows = await cardRows(page);
  assert.equal(rows.Headquarters?.value, cluster.hq.city, `${cluster.id}: headquarters`);
  assert.equal(rows.Regions?.value, cluster.regions.map(regionName).join(', '), `${cluster.id}: regions`);
  // Rows showing the cluster's own fields are marked when the record lists them unverified;
  // the regional agency row (from the first region's record) when that agency is unverified.
  const marked = new Set(cluster.unverified.map((u) => ROW_OF_FIELD[u.field]).filter((term) => term in rows));
  const agency = REGIONS.find((r) => r.code === cluster.regions[0])?.agency;
  if (agency?.unverified && 'Regional agency' in rows) marked.add('Regional agency');
  const judged = new Set([...Object.values(ROW_OF_FIELD), 'Regional agency']);
  for (const [term, row] of Object.entries(rows).filter(([t]) => judged.has(t))) {
    assert.equal(row.marked, marked.has(term), `${cluster.id}: row "${term}" ${marked.has(term) ? 'has' : 'has no'} unverified mark`);
  }
  const perRow = await card.locator('.card-row').evaluateAll((rs) => rs.map((r) => r.querySelectorAll('.unverified').length));
  assert.ok(perRow.every((n) => n <= 1), `${cluster.id}: at most one mark per row`);
  for (const term of marked) {
    const title = await card.locator('.card-row').filter({ has: page.locator('dt', { hasText: term }) })
      .locator('.unverified').first().getAttribute('title');
    assert.ok(title, `${cluster.id}: the "${term}" mark explains itself`);
  }

  for (const kind of ['enterprises', 'research', 'training']) {
    const box = card.locator(`.triad .triad-${kind}`);
    assert.equal(await box.count(), 1, `${cluster.id}: a ${kind} box`);
    const names = await box.locator('li').allTextContents();
    assert.deepEqual(names, cluster.members[kind], `${cluster.id}: ${kind} named as in the data`);
    if (cluster.members[kind].length === 0) {
      assert.match(await box.textContent(), /No names in the dataset/, `${cluster.id}: empty ${kind} says so`);
    }
  }

  if (cluster.website) {
    const link = card.locator(`a[href="${cluster.website}"]`);
    assert.equal(await link.count(), 1, `${cluster.id}: website link`);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  const rels = await card.locator('a[target=_blank]').evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
  for (const rel of rels) assert.equal(rel, 'noopener noreferrer', 'every new-tab link of the card');
}

// ---------------------------------------------------------------------------------------------

/**
 * In one round trip: the count text, the listed ids (sorted), the clusters on the maps (summed
 * like `markerTotal`) and the chip counts.
 */
function filterState(page) {
  return page.evaluate(() => {
    const text = document.querySelector('.list-panel .count').textContent;
    const grouped = [...document.querySelectorAll('.poles-cluster-count')]
      .reduce((sum, el) => sum + Number.parseInt(el.firstChild.textContent, 10), 0);
    return {
      shown: Number.parseInt(text.replace(/[\s\u202f,]/g, ''), 10),
      ids: [...document.querySelectorAll('.cluster-list li.cluster-item')].map((e) => e.dataset.id).sort(),
      markers: document.querySelectorAll('.poles-marker').length + grouped,
      chips: Object.fromEntries([...document.querySelectorAll('.chips button.chip[data-sector]')]
        .map((c) => [c.dataset.sector, Number(c.querySelector('.chip-count').textContent)])),
    };
  });
}

test('the count, the list, the markers and every chip count agree', async () => {
  await withAtlas('', {}, async (page) => {
    const scenarios = [
      { name: 'all of France', pool: CURRENT, setUp: async () => {} },
      {
        name: 'Auvergne-Rhône-Alpes with historical clusters',
        pool: ALL.filter((c) => c.regions.includes('84')),
        setUp: async () => {
          await page.selectOption('#region', '84');
          await page.getByLabel('Show historical clusters').check();
        },
      },
    ];
    for (const { name, pool, setUp } of scenarios) {
      await setUp();
      // A chip counts the clusters having its sector under the other filters.
      const chips = Object.fromEntries(SECTORS.map((s) => [s.id, pool.filter((c) => c.sectors.includes(s.id)).length]));
      const all = { shown: pool.length, ids: idsOf(pool), markers: pool.length, chips };
      assert.deepEqual(await settled(() => filterState(page), all), all, `${name}: every filter but sectors`);
      for (const sector of SECTORS) {
        const having = pool.filter((c) => c.sectors.includes(sector.id));
        const chip = page.locator(`.chips button.chip[data-sector="${sector.id}"]`);
        await chip.click();
        // Only this sector: as many clusters as its chip said, the same in the count, the
        // list and on the maps, and the chip counts unchanged (they ignore the sector filter).
        const want = { shown: chips[sector.id], ids: idsOf(having), markers: chips[sector.id], chips };
        assert.deepEqual(await settled(() => filterState(page), want), want, `${name}: only ${sector.id} selected`);
        await chip.click();
      }
      assert.deepEqual(await settled(() => filterState(page), all), all, `${name}: back to every sector`);
    }
  });
});

test('sector chips select several sectors (any of them), reset, and say so with aria-pressed', async () => {
  await withAtlas('', {}, async (page) => {
    assert.deepEqual(await pressedChips(page), pressedOnly(), 'nothing pressed but "All sectors"');
    await page.locator('.chip[data-sector="aerospace"]').click();
    assert.deepEqual(await pressedChips(page), pressedOnly('aerospace'));
    await page.locator('.chip[data-sector="marine"]').click();
    assert.deepEqual(await pressedChips(page), pressedOnly('aerospace', 'marine'));
    const either = CURRENT.filter((c) => c.sectors.includes('aerospace') || c.sectors.includes('marine'));
    await expectShown(page, either.length, 'aerospace OR marine');
    await expectListed(page, either.map((c) => c.id), 'aerospace OR marine');
    assert.deepEqual((await params(page)).sector?.split(',').sort(), ['aerospace', 'marine'], 'the URL names both sectors');
    const names = new Set(either.map((c) => c.name));
    const onMap = await markerNames(page);
    assert.ok(onMap.every((n) => names.has(n)), `markers only of the selected sectors: ${onMap}`);

    await page.locator('.chip.chip-reset').click();
    assert.deepEqual(await pressedChips(page), pressedOnly(), '"All sectors" resets the chips');
    await expectShown(page, CURRENT.length, 'every sector again');
    assert.equal((await params(page)).sector, undefined, 'no sector in the URL');
  });
});

test('the region select filters the list and the map and shows the region summary; "All of France" clears', async () => {
  await withAtlas('', {}, async (page) => {
    assert.equal(await page.locator('section.region-summary').count(), 0, 'no summary without a region');
    await page.selectOption('#region', '84');
    const inRegion = CURRENT.filter((c) => c.regions.includes('84'));
    await expectShown(page, inRegion.length, 'Auvergne-Rhône-Alpes');
    await expectListed(page, inRegion.map((c) => c.id), 'the clusters of Auvergne-Rhône-Alpes');
    assert.equal((await params(page)).region, '84');
    const summary = page.locator('section.region-summary');
    assert.equal(await summary.locator('h2').textContent(), 'Auvergne-Rhône-Alpes');
    assert.deepEqual(await summaryRows(page), expectedSummary(inRegion), 'one bar per sector the region’s clusters have, with its count');
    assert.equal(await page.locator('.map path.region-84.selected').count(), 1, 'the region polygon is marked selected');
    assert.equal(await page.locator('.map path.region.selected').count(), 1, 'and only it');

    await page.selectOption('#region', '53');
    const brittany = CURRENT.filter((c) => c.regions.includes('53'));
    await expectShown(page, brittany.length, 'Bretagne');
    assert.equal(await summary.locator('h2').textContent(), 'Bretagne');
    assert.deepEqual(await summaryRows(page), expectedSummary(brittany));

    await summary.getByRole('button', { name: 'All of France' }).click();
    await expectShown(page, CURRENT.length, 'all of France again');
    assert.equal(await page.locator('section.region-summary').count(), 0, 'the summary is gone');
    assert.equal(await page.locator('#region').inputValue(), '', 'the select shows "All of France"');
    assert.equal(await page.locator('.map path.region.selected').count(), 0, 'no polygon selected');
    assert.equal((await params(page)).region, undefined);
  });
});

test('clicking a region polygon selects that region; clicking it again clears', async () => {
  await withAtlas('', {}, async (page) => {
    await clickRegion(page, '53');
    const brittany = CURRENT.filter((c) => c.regions.includes('53'));
    await expectShown(page, brittany.length, 'Bretagne after a click on its polygon');
    await expectListed(page, brittany.map((c) => c.id), 'the clusters of Bretagne');
    assert.equal(await page.locator('#region').inputValue(), '53', 'the select follows the map');
    assert.equal(await page.locator('section.region-summary h2').textContent(), 'Bretagne');
    assert.equal(await page.locator('.map path.region-53.selected').count(), 1);
    assert.equal((await params(page)).region, '53');

    await clickRegion(page, '53');
    await expectShown(page, CURRENT.length, 'a second click clears the region');
    assert.equal(await page.locator('#region').inputValue(), '');
    assert.equal(await page.locator('section.region-summary').count(), 0);
    assert.equal(await page.locator('.map path.region.selected').count(), 0);

    await clickRegion(page, '76');
    const occitanie = CURRENT.filter((c) => c.regions.includes('76'));
    await expectShown(page, occitanie.length, 'Occitanie after a click on its polygon');
    assert.equal(await page.locator('section.region-summary h2').textContent(), 'Occitanie');
  });
});

test('search ignores case and accents and finds former and 2006 brochure names', async () => {
  await withAtlas('', {}, async (page) => {
    const search = page.getByLabel('Search');
    const cases = [
      { q: 'moveo', first: 'nextmove', why: "Mov'eo is NextMove's former and brochure name" },
      { q: "MOV'EO", first: 'nextmove', why: 'upper case with the apostrophe' },
      { q: 'lyon', first: 'lyonbiopole', also: CURRENT.filter((c) => c.hq.city === 'Lyon').map((c) => c.id), why: 'Lyonbiopôle, and the clusters based in Lyon' },
      { q: 'LYONBIOPOLE', first: 'lyonbiopole', why: 'no accent, upper case' },
      { q: 'végépolys', first: 'vegepolys-valley', why: 'accents typed' },
      { q: 'VEGEPOLYS', first: 'vegepolys-valley', why: 'accents not typed' },
      { q: 'System@tic', first: 'systematic-paris-region', why: '2006 brochure name' },
      { q: 'Industries & Agro', first: 'iar-bioeconomy-for-change', why: '2006 brochure name (IAR)' },
      { q: 'seanergie', first: 'pole-mer-bretagne-atlantique', why: 'only in the 2006 brochure name' },
      { q: 'Secure Communication Solutions', first: 'scs', why: 'only in the 2006 brochure name' },
    ];
    for (const { q, first, also = [], why } of cases) {
      await search.fill(q);
      const ids = await settled(async () => (await listedIds(page))[0], first);
      assert.equal(ids, first, `"${q}" puts ${first} first (${why})`);
      const listed = await listedIds(page);
      for (const id of also) assert.ok(listed.includes(id), `"${q}" also finds ${id} (${why}): ${listed}`);
      await expectShown(page, listed.length, `"${q}": count, list and markers agree`);
      const listedNames = new Set(listed.map((id) => byId.get(id).name));
      const onMap = await markerNames(page);
      assert.ok(onMap.every((n) => listedNames.has(n)), `"${q}": markers only of listed clusters: ${onMap}`);
      assert.equal((await params(page)).q, q, 'the search is in the URL');
    }
  });
});

test('the history toggle shows the historical clusters, greyed, linked to their successors', async () => {
  await withAtlas('', {}, async (page) => {
    assert.equal(await page.locator('.poles-marker.historical').count(), 0, 'no historical marker at first');
    await page.getByLabel('Show historical clusters').check();
    await expectShown(page, ALL.length, 'current and historical clusters');
    assert.equal(HISTORICAL.length, DATASET.clusters.length - CURRENT.length);
    const items = page.locator('.cluster-list li.cluster-item.historical');
    assert.deepEqual(sorted(await items.evaluateAll((els) => els.map((e) => e.dataset.id))), idsOf(HISTORICAL), 'every historical item');
    assert.equal((await params(page)).hist, '1');

    const greyed = await items.evaluateAll((els) => els.map((e) => getComputedStyle(e.querySelector('.swatch')).filter));
    assert.ok(greyed.every((f) => /grayscale/.test(f)), `historical items are greyed: ${greyed}`);
    const historicalMarkers = page.locator('.poles-marker.historical');
    assert.ok(await historicalMarkers.count() > 0, 'some historical markers are drawn');
    const markerFilters = await historicalMarkers.evaluateAll((els) => els.map((e) => getComputedStyle(e.querySelector('.poles-marker-dot')).filter));
    assert.ok(markerFilters.every((f) => /grayscale/.test(f)), 'historical markers are greyed');
    const historicalNames = new Set(HISTORICAL.map((c) => c.name));
    const markerLabels = await historicalMarkers.allTextContents();
    assert.ok(markerLabels.every((n) => historicalNames.has(n)), `only historical clusters are marked historical: ${markerLabels}`);

    for (const cluster of HISTORICAL) {
      const became = page.locator(`li.cluster-item[data-id="${cluster.id}"] .became button`);
      if (cluster.successor) {
        assert.equal(await became.textContent(), byId.get(cluster.successor).name, `${cluster.id} became ${cluster.successor}`);
      } else {
        assert.equal(await became.count(), 0, `${cluster.id} has no successor link`);
      }
    }

    await page.locator('li.cluster-item[data-id="plastipolis"] .became button').click();
    await page.locator('aside.card').waitFor();
    assert.equal(await page.locator('#card-title').textContent(), 'Polymeris', 'the link opens the successor card');
    assert.equal((await params(page)).cluster, 'polymeris');
    assert.equal(await page.locator('li.cluster-item[data-id="polymeris"]').getAttribute('aria-current'), 'true');
    const absorbed = await page.locator('aside.card .card-row').filter({ hasText: 'Absorbed' }).locator('dd button').allTextContents();
    assert.deepEqual(sorted(absorbed), sorted(HISTORICAL.filter((c) => c.successor === 'polymeris').map((c) => c.name)), 'the successor lists what it absorbed');

    await page.getByLabel('Show historical clusters').uncheck();
    await expectShown(page, CURRENT.length, 'historical clusters hidden again');
    assert.equal(await page.locator('.poles-marker.historical').count(), 0);
  });
});

test('the card shows the record: HQ, regions, description, members by kind, unverified marks, safe links', async () => {
  await withAtlas('', {}, async (page) => {
    // Members of the three kinds, an unverified website; unverified HQ and no trainers; many
    // unverified fields; empty research and training lists.
    for (const id of ['aquimer', 'fibres-energivie', 'eurobiomed', 'aerospace-valley', 'xylofutur']) {
      await openFromList(page, id);
      await checkCard(page, byId.get(id));
      assert.equal((await params(page)).cluster, id);
      assert.equal(await page.locator(`li.cluster-item[data-id="${id}"]`).getAttribute('aria-current'), 'true');
      assert.match(await page.locator(`li.cluster-item[data-id="${id}"]`).getAttribute('class'), /\bselected\b/);
      assert.equal(await page.locator('li.cluster-item[aria-current]').count(), 1, 'only the open item is current');
    }
    await page.locator('aside.card .card-close').click();
    assert.equal(await page.locator('aside.card').count(), 0, 'the close button closes the card');
    assert.equal((await params(page)).cluster, undefined);
  });
});

test('an unverified mark quotes the note the data gives for that field', async () => {
  await withAtlas('', {}, async (page) => {
    const noted = ALL.filter((c) => c.status === 'current' && c.unverified.some((u) => u.note && ROW_OF_FIELD[u.field]));
    assert.ok(noted.length > 0);
    const missing = [];
    for (const cluster of noted) {
      await openFromList(page, cluster.id);
      const rows = await cardRows(page);
      for (const { field, note } of cluster.unverified.filter((u) => u.note && ROW_OF_FIELD[u.field] in rows)) {
        const term = ROW_OF_FIELD[field];
        const title = await page.locator('aside.card .card-row').filter({ has: page.locator('dt', { hasText: term }) })
          .locator('.unverified').first().getAttribute('title');
        if (!title?.includes(note)) missing.push(`${cluster.id} ${field}: "${note}" not in the "${term}" mark's title "${title}"`);
      }
    }
    assert.deepEqual(missing, [], 'every note of an unverified field is shown with its mark');
  });
});

test('Escape closes the card and gives focus back to the list button that opened it', async () => {
  await withAtlas('', {}, async (page) => {
    await openFromList(page, 'minalogic');
    assert.deepEqual(await focused(page, { id: 'card-title', tag: 'H2' }), { id: 'card-title', tag: 'H2' }, 'focus moves to the card title');
    assert.equal(await page.getByRole('region', { name: 'Minalogic' }).count(), 1, 'the card is a region named by its title');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('aside.card').count(), 0, 'Escape closes the card');
    assert.deepEqual(await focused(page, { id: 'minalogic', tag: 'BUTTON' }), { id: 'minalogic', tag: 'BUTTON' }, 'focus is back on the Minalogic list button');
    assert.equal((await params(page)).cluster, undefined);
  });
});

test('keyboard only: Tab to a chip, Space and Enter toggle it, Tab to a list item, Enter opens its card', async () => {
  await withAtlas('', {}, async (page) => {
    const tabTo = async (selector, limit = 400) => {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
      }
      return false;
    };
    assert.ok(await tabTo('.chips button.chip[data-sector]'), 'Tab reaches a sector chip');
    const sector = await page.evaluate(() => document.activeElement.dataset.sector);
    const having = CURRENT.filter((c) => c.sectors.includes(sector));
    const pressed = () => page.evaluate(() => document.activeElement.getAttribute('aria-pressed'));
    await page.keyboard.press('Space');
    assert.equal(await pressed(), 'true', 'Space presses the chip');
    await expectShown(page, having.length, `only ${sector}`);
    await page.keyboard.press('Enter');
    assert.equal(await pressed(), 'false', 'Enter releases it');
    await expectShown(page, CURRENT.length, 'every sector again');
    await page.keyboard.press('Enter');
    assert.equal(await pressed(), 'true', 'Enter presses it again');
    await expectShown(page, having.length, `only ${sector} again`);

    assert.ok(await tabTo('.cluster-list button.cluster-name'), 'Tab reaches a list item button');
    const id = await page.evaluate(() => document.activeElement.closest('li').dataset.id);
    assert.ok(having.some((c) => c.id === id), `the first reachable item (${id}) is of the selected sector`);
    await page.keyboard.press('Enter');
    await page.locator('aside.card').waitFor();
    assert.equal(await page.locator('#card-title').textContent(), byId.get(id).name, 'Enter opens its card');
    assert.deepEqual(await focused(page, { id: 'card-title', tag: 'H2' }), { id: 'card-title', tag: 'H2' });
  });
});

test('a marker focused and activated with Enter opens its card', async () => {
  await withAtlas('', {}, async (page) => {
    const marker = page.locator('.map .poles-marker').first();
    const name = await marker.textContent();
    const cluster = CURRENT.find((c) => c.name === name);
    assert.ok(cluster, `the marker "${name}" is a current cluster`);
    assert.equal(await marker.getAttribute('role'), 'button');
    // Focusable, though out of the tab order: the markers share one tab stop (map.test.mjs).
    assert.match(await marker.getAttribute('tabindex'), /^(0|-1)$/);
    await marker.focus();
    await page.keyboard.press('Enter');
    assert.equal(await settled(() => page.locator('aside.card').count(), 1, 3000), 1, `Enter on the focused marker "${name}" opens its card`);
    assert.equal(await page.locator('#card-title').textContent(), name);
    assert.equal((await params(page)).cluster, cluster.id);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('aside.card').count(), 0);
  });
});

test('Enter on a group of markers zooms the map in', async () => {
  await withAtlas('', {}, async (page) => {
    // Leaflet scales its zoom proxy with the zoom level: 2^zoom.
    const scale = () => page.locator('.map .leaflet-proxy').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    const before = await scale();
    const group = page.locator('.map .poles-cluster').first();
    assert.ok(await group.count() > 0, 'nearby clusters are grouped at the initial zoom');
    assert.equal(await group.getAttribute('role'), 'button');
    await group.focus();
    await page.keyboard.press('Enter');
    const after = await settled(async () => (await scale()) > before, true, 3000);
    assert.ok(after, 'the map zoomed in');
  });
});

test('the overseas insets show their clusters: Qualitropic in La Réunion', async () => {
  await withAtlas('', {}, async (page) => {
    const overseas = REGIONS.filter((r) => r.overseas).map((r) => r.name);
    assert.deepEqual(await page.locator('.insets .inset .inset-map').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))), overseas);
    const reunion = page.locator('.insets .inset-map[aria-label="La Réunion"]');
    const names = await reunion.locator('.poles-marker').allTextContents();
    assert.deepEqual(names, ['Qualitropic'], 'Qualitropic is on the La Réunion inset');
    assert.equal(await page.locator('.map .poles-marker').filter({ hasText: 'Qualitropic' }).count(), 0, 'and not on the main map');
    await reunion.locator('.poles-marker').click();
    await page.locator('aside.card').waitFor({ timeout: 3000 });
    assert.equal(await page.locator('#card-title').textContent(), 'Qualitropic');

    await page.locator('.chip[data-sector="energy"]').click();
    assert.equal(await settled(() => reunion.locator('.poles-marker').count(), 0), 0, 'an agrifood cluster leaves the inset under the energy filter');
  });
});

test('no match shows the empty state, and "Clear the filters" brings every cluster back', async () => {
  await withAtlas('?sector=health&region=84', {}, async (page) => {
    await page.getByLabel('Search').fill('zzzzqqq');
    await expectShown(page, 0, 'nothing matches');
    const empty = page.locator('.list-panel .empty');
    assert.ok(await empty.isVisible(), 'the empty state is visible');
    assert.match(await empty.textContent(), /No cluster matches these filters/);
    assert.equal(await page.locator('.list-panel .count').textContent(), '0 clusters shown');
    await empty.getByRole('button', { name: 'Clear the filters' }).click();
    await expectShown(page, CURRENT.length, 'every current cluster again');
    assert.equal(await page.locator('.list-panel .empty').isVisible(), false, 'the empty state is gone');
    assert.equal(await page.getByRole('button', { name: 'Clear the filters' }).count(), 0, 'and its button, for assistive technologies too');
    assert.equal(await page.getByLabel('Search').inputValue(), '');
    assert.equal(await page.locator('#region').inputValue(), '');
    assert.deepEqual(await pressedChips(page), pressedOnly());
    assert.deepEqual(await params(page), {}, 'nothing left in the URL');
  });
});

test('a language and a filter changed together (Back, Forward) leave no row of the view before', async () => {
  // The list keeps its rows per language: a view that changes the language and empties the
  // list in one step must still empty it (found by the interface fuzzer, seed 6122026).
  await withAtlas('', {}, async (page) => {
    await expectShown(page, CURRENT.length, 'every current cluster');
    const go = (query) => page.evaluate((q) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    await go('?lang=fr&q=zzzzqqq');
    await settled(() => page.locator('.list-panel .count').textContent(), '0 pôle affiché');
    assert.deepEqual(await listedIds(page), [], 'no row left');
    await go('?lang=en');
    assert.deepEqual(await settled(() => listedIds(page).then((ids) => ids.length), CURRENT.length), CURRENT.length, 'every row back');
    await go('?lang=fr&q=zzzzqqq');
    await settled(() => listedIds(page), []);
    assert.deepEqual(await listedIds(page), [], 'and none again');
  });
});

test('a deep link restores chips, region, card and French texts', async () => {
  await withAtlas('?sector=aerospace&region=76&cluster=aerospace-valley&lang=fr', {}, async (page) => {
    const visible = CURRENT.filter((c) => c.regions.includes('76') && c.sectors.includes('aerospace'));
    await expectShown(page, visible.length, 'aerospace clusters of Occitanie');
    await expectListed(page, visible.map((c) => c.id));
    assert.deepEqual(await pressedChips(page), pressedOnly('aerospace'));
    assert.equal(await page.locator('#region').inputValue(), '76');
    assert.equal(await page.locator('.map path.region-76.selected').count(), 1);
    assert.equal(await page.locator('section.region-summary h2').textContent(), 'Occitanie');
    const card = page.locator('aside.card');
    await card.waitFor();
    assert.equal(await card.locator('#card-title').textContent(), 'Aerospace Valley');
    assert.equal(await page.locator('li.cluster-item[data-id="aerospace-valley"]').getAttribute('aria-current'), 'true');

    const aerospace = SECTORS.find((s) => s.id === 'aerospace');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    const menu = page.getByRole('combobox', { name: 'Langue' });
    assert.equal(await menu.inputValue(), 'fr', 'the language menu says French');
    assert.equal(await menu.evaluate((s) => s.selectedOptions[0].text), 'Français');
    assert.equal(await page.locator('.list-panel .count').textContent(), `${visible.length} pôles affichés`);
    assert.equal(await page.locator('label[for="search"]').textContent(), 'Rechercher');
    assert.equal(await page.locator('#region option[value=""]').textContent(), 'Toute la France');
    assert.equal(await page.locator('label.toggle').textContent(), 'Afficher les pôles historiques');
    assert.equal(await page.locator('.chip.chip-reset').textContent(), 'Tous les secteurs');
    assert.equal(await page.locator('.chip[data-sector="aerospace"] .chip-label').textContent(), aerospace.short_label.fr);
    assert.equal(await card.locator('.card-description').textContent(), byId.get('aerospace-valley').description.fr);
    assert.equal(await card.locator('.card-close').getAttribute('aria-label'), 'Fermer');
    assert.ok((await card.locator('.card-row dt').allTextContents()).some((t) => t.startsWith('Siège')), 'French field names');
    assert.match(await card.locator('.triad-research').textContent(), /Aucun nom dans le jeu de données/);
    assert.equal(await page.locator('section.region-summary').getByRole('button', { name: 'Toute la France' }).count(), 1);
    assert.deepEqual(await params(page), { sector: 'aerospace', region: '76', cluster: 'aerospace-valley', lang: 'fr' }, 'the URL is kept');
  });
});

test('Back after two selections restores the previous views; typing a search adds no entry', async () => {
  await withAtlas('', {}, async (page) => {
    const length = () => page.evaluate(() => history.length);
    const start = await length();
    const health = CURRENT.filter((c) => c.sectors.includes('health'));
    const healthInRegion = health.filter((c) => c.regions.includes('84'));

    await page.locator('.chip[data-sector="health"]').click();
    await expectShown(page, health.length, 'health');
    await page.selectOption('#region', '84');
    await expectShown(page, healthInRegion.length, 'health in Auvergne-Rhône-Alpes');
    assert.equal(await length(), start + 2, 'two selections, two history entries');
    assert.deepEqual(await params(page), { sector: 'health', region: '84' });

    await page.goBack();
    await expectShown(page, health.length, 'Back: health in all of France');
    assert.deepEqual(await params(page), { sector: 'health' });
    assert.equal(await page.locator('#region').inputValue(), '', 'the select follows Back');
    assert.equal(await page.locator('section.region-summary').count(), 0);
    assert.deepEqual(await pressedChips(page), pressedOnly('health'));
    assert.equal(await page.locator('.map path.region.selected').count(), 0, 'the polygon follows Back');

    await page.goBack();
    await expectShown(page, CURRENT.length, 'Back again: the first view');
    assert.deepEqual(await pressedChips(page), pressedOnly());
    assert.deepEqual(await params(page), {});

    await page.goForward();
    await expectShown(page, health.length, 'Forward: health again');
    assert.deepEqual(await pressedChips(page), pressedOnly('health'));

    const before = await length();
    await page.getByLabel('Search').pressSequentially('lyon', { delay: 30 });
    await settled(async () => (await params(page)).q, 'lyon');
    assert.equal((await params(page)).q, 'lyon');
    assert.equal(await length(), before, 'typing replaces the current entry');
  });
});

for (const [width, height] of [[1440, 900], [1024, 768], [390, 844]]) {
  test(`at ${width}×${height} the card and the list fit the viewport width`, async () => {
    await withAtlas('', { width, height }, async (page) => {
      // The longest name in the dataset.
      const longest = CURRENT.reduce((a, b) => (b.name.length > a.name.length ? b : a));
      await page.locator(`.cluster-list li[data-id="${longest.id}"] button.cluster-name`).click();
      const card = page.locator('aside.card');
      await card.waitFor();
      await untilStill(page, ['aside.card', '#card-title', '.cluster-list']); // scrolling into view and the card's layout
      await screenshot(page, `atlas-${width}x${height}`);
      const inner = await page.evaluate(() => window.innerWidth);
      for (const [what, locator] of [['card', card], ['list', page.locator('.cluster-list')], ['filters', page.locator('section.filters')]]) {
        const box = await locator.boundingBox();
        assert.ok(box, `${what} is rendered`);
        assert.ok(box.x >= 0 && box.x + box.width <= inner + 0.5, `${what} spans ${box.x}..${box.x + box.width}, viewport ${inner}`);
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= inner, `no horizontal overflow: scrollWidth ${scrollWidth} > innerWidth ${inner}`);
      const title = await card.locator('#card-title').boundingBox();
      assert.ok(title.y >= 0 && title.y < height, `the card title is on screen (y = ${title.y})`);
    });
  });

  test(`at ${width}×${height} no marker of the main map is covered`, async () => {
    await withAtlas('', { width, height }, async (page) => {
      // Every marker of the main map can be reached by the pointer: none lies under the
      // overseas insets, the legend or the zoom buttons (markers may overlap one another).
      await page.locator('.map').scrollIntoViewIfNeeded();
      const covered = await page.evaluate(() => [...document.querySelectorAll('.map .poles-marker, .map .poles-cluster')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const name = el.classList.contains('poles-cluster') ? `group of ${el.firstChild.firstChild.textContent}` : el.textContent;
          return top?.closest('.poles-marker, .poles-cluster') ? null : `${name} (under ${top?.className || top?.tagName})`;
        })
        .filter(Boolean));
      assert.deepEqual(covered, [], 'no marker of the main map is covered');
    });
  });
}
