// The map's markers from the keyboard and in both languages: the marker layer is one tab stop
// (a roving tabindex) with arrow keys inside, described to screen readers; Enter opens a card
// or a group; Escape goes back to the map; the group icons and the map's controls follow a
// change of language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot, settled, DATASET, CURRENT, address } from './browser.mjs';

const { withAtlas } = suite();

const ICONS = '.poles-marker, .poles-cluster';
const EN_SUFFIX = ' clusters here: press Enter to zoom in';
const FR_SUFFIX = ' pôles ici : Entrée pour zoomer';

/** The icons of every map with their tabindex, and which one has the focus. */
function layer(page) {
  return page.evaluate((selector) => {
    const icons = [...document.querySelectorAll(selector)];
    const focused = icons.indexOf(document.activeElement);
    return {
      count: icons.length,
      stops: icons.filter((e) => e.getAttribute('tabindex') === '0').length,
      others: icons.filter((e) => e.getAttribute('tabindex') !== '0' && e.getAttribute('tabindex') !== '-1').length,
      focused,
      focusedIsStop: focused >= 0 && icons[focused].getAttribute('tabindex') === '0',
    };
  }, ICONS);
}

/** What the focused element is: an icon (with its centre and name), or another element. */
function focusedIcon(page) {
  return page.evaluate((selector) => {
    const el = document.activeElement;
    if (!el?.matches(selector)) return { icon: false, tag: el?.tagName, className: String(el?.className ?? '') };
    const r = el.getBoundingClientRect();
    return {
      icon: true,
      group: el.classList.contains('poles-cluster'),
      name: el.textContent,
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  }, ICONS);
}

/** Focuses the metropolitan map itself (Leaflet makes it focusable), then presses Tab. */
async function tabIntoMarkers(page) {
  await page.locator('.map.leaflet-container').focus();
  await page.keyboard.press('Tab');
}

test('the markers are one tab stop, described to screen readers', async () => {
  await withAtlas('', {}, async (page) => {
    const settledLayer = await settled(async () => (await layer(page)).stops, 1);
    assert.equal(settledLayer, 1, 'exactly one marker or group is in the tab order');
    const state = await layer(page);
    assert.ok(state.count > 10, `many icons on the maps (${state.count})`);
    assert.equal(state.others, 0, 'every other icon has tabindex -1');

    const described = await page.locator(ICONS).evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('aria-describedby')))]);
    assert.equal(described.length, 1, `one description for all: ${described}`);
    const hint = page.locator(`#${described[0]}`);
    assert.match(await hint.textContent(), /Arrow keys move between the markers.*Enter opens a cluster's card.*Escape/);
    assert.equal(await page.locator(ICONS).first().getAttribute('role'), 'button');

    await tabIntoMarkers(page);
    const first = await focusedIcon(page);
    assert.ok(first.icon, 'Tab from the map enters the markers');
    const top = await page.locator(ICONS).evaluateAll((els) => Math.min(...els
      .filter((e) => e.closest('.map'))
      .map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })));
    assert.ok(first.y - top < 13, `it enters at the first marker in reading order (y ${first.y}, top ${top})`);
    await page.keyboard.press('Tab');
    const next = await focusedIcon(page);
    assert.equal(next.icon, false, `the next Tab leaves the markers (to ${next.tag}.${next.className})`);
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focusedIcon(page)).name, first.name, 'Shift+Tab comes back to the same marker');

    // From the search box to the first list item: no marker on the way but the one stop.
    await page.getByLabel('Search').focus();
    let icons = 0;
    let presses = 0;
    for (; presses < 150; presses += 1) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate((s) => ({ icon: document.activeElement.matches(s), item: !!document.activeElement.closest('.cluster-list') }), ICONS);
      if (here.icon) icons += 1;
      if (here.item) break;
    }
    assert.ok(presses < 150, 'Tab reaches the list');
    assert.equal(icons, 1, 'one marker stop on the way to the list');
  });
});

test('arrow keys move between markers; Home and End go to the first and the last', async () => {
  await withAtlas('', {}, async (page) => {
    await settled(async () => (await layer(page)).stops, 1);
    await tabIntoMarkers(page);
    const start = await focusedIcon(page);
    assert.ok(start.icon);

    await page.keyboard.press('ArrowRight');
    const right = await focusedIcon(page);
    assert.ok(right.icon && right.x > start.x, `ArrowRight goes right (${start.x} → ${right.x})`);
    assert.deepEqual(await layer(page).then((l) => [l.stops, l.focusedIsStop]), [1, true], 'the tab stop follows the focus');

    await page.keyboard.press('ArrowDown');
    const down = await focusedIcon(page);
    assert.ok(down.icon && down.y > right.y, `ArrowDown goes down (${right.y} → ${down.y})`);
    await page.keyboard.press('ArrowUp');
    const up = await focusedIcon(page);
    assert.ok(up.icon && up.y < down.y, `ArrowUp goes up (${down.y} → ${up.y})`);
    await page.keyboard.press('ArrowLeft');
    const left = await focusedIcon(page);
    assert.ok(left.icon && left.x < up.x, `ArrowLeft goes left (${up.x} → ${left.x})`);

    await page.keyboard.press('End');
    const last = await focusedIcon(page);
    assert.ok(last.icon, 'End stays in the markers');
    const lowest = await page.locator(ICONS).evaluateAll((els) => Math.max(...els.map((e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })));
    assert.ok(lowest - last.y < 13, `End goes to the last line (an overseas inset): y ${last.y}, lowest ${lowest}`);
    await page.keyboard.press('Home');
    assert.equal((await focusedIcon(page)).name, start.name, 'Home goes back to the first');
    await page.keyboard.press('ArrowUp');
    assert.equal((await focusedIcon(page)).name, start.name, 'nothing above the first: the focus stays');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the arrows do not scroll the page');
    await screenshot(page, 'map-keys-focus');
  });
});

test('Enter on a marker opens its card; Escape closes it, then leaves the markers for the map', async () => {
  await withAtlas('', {}, async (page) => {
    await settled(async () => (await layer(page)).stops, 1);
    await tabIntoMarkers(page);
    let here = await focusedIcon(page);
    for (let i = 0; i < 80 && here.group; i += 1) {
      await page.keyboard.press(i < 40 ? 'ArrowRight' : 'ArrowDown');
      here = await focusedIcon(page);
    }
    assert.ok(here.icon && !here.group, 'the arrows reach a single marker');
    const cluster = CURRENT.find((c) => c.name === here.name);
    assert.ok(cluster, `"${here.name}" is a current cluster`);
    await page.keyboard.press('Enter');
    await page.locator('aside.card').waitFor({ timeout: 3000 });
    assert.equal(await page.locator('#card-title').textContent(), cluster.name);
    assert.equal(new URL(await address(page)).searchParams.get('cluster'), cluster.id);

    await page.keyboard.press('Escape');
    assert.equal(await settled(() => page.locator('aside.card').count(), 0), 0, 'Escape closes the card');
    const back = await settled(() => focusedIcon(page).then((f) => f.name), cluster.name, 3000);
    assert.equal(back, cluster.name, 'the focus is back on the marker');
    assert.equal((await layer(page)).focusedIsStop, true);

    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.matches('.map.leaflet-container')), true, 'Escape on a marker goes back to the map');
    await page.keyboard.press('Tab');
    assert.equal((await focusedIcon(page)).name, cluster.name, 'and Tab comes back to the same marker');
  });
});

test('Enter on a group zooms in and puts the focus on a marker or group inside it', async () => {
  await withAtlas('', {}, async (page) => {
    const scale = () => page.locator('.map .leaflet-proxy').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    await settled(async () => (await layer(page)).stops, 1);
    const before = await scale();
    const group = page.locator('.map .poles-cluster').first();
    const count = Number.parseInt(await group.locator('.poles-cluster-count').evaluate((e) => e.firstChild.textContent), 10);
    await group.focus();
    await page.keyboard.press('Enter');
    assert.equal(await settled(async () => (await scale()) > before, true, 3000), true, 'the map zoomed in');
    const landed = await settled(async () => (await focusedIcon(page)).icon, true, 3000);
    assert.equal(landed, true, `after the zoom the focus is on an icon (group of ${count})`);
    assert.deepEqual(await settled(async () => (await layer(page)).stops, 1), 1, 'still one tab stop');
    assert.equal((await layer(page)).focusedIsStop, true, 'and it is the focused icon');
  });
});

test('the open cluster\'s marker is the tab stop: Qualitropic in the La Réunion inset', async () => {
  await withAtlas('?cluster=qualitropic', {}, async (page) => {
    await page.locator('aside.card').waitFor();
    const marker = page.locator('.insets .inset-map[aria-label="La Réunion"] .poles-marker');
    assert.equal(await settled(() => marker.getAttribute('tabindex'), '0'), '0', 'the open marker holds the tab stop');
    assert.equal((await layer(page)).stops, 1);
    // The stop is in the inset: after the metropolitan map and its zoom buttons.
    await page.locator('.map.leaflet-container').focus();
    let here = { icon: false };
    for (let i = 0; i < 6 && !here.icon; i += 1) {
      await page.keyboard.press('Tab');
      here = await focusedIcon(page);
    }
    assert.equal(here.name, 'Qualitropic', 'Tab into the markers lands on the open cluster');
  });
});

test('the inset frames and their names are rendered for each overseas region', async () => {
  await withAtlas('', {}, async (page) => {
    const overseas = DATASET.regions.filter((r) => r.overseas).map((r) => r.name);
    const items = await page.locator('ul.insets > li.inset').evaluateAll((lis) => lis.map((li) => ({
      frame: li.querySelector('.inset-map.leaflet-container')?.getAttribute('aria-label'),
      name: li.querySelector('.inset-name')?.textContent,
    })));
    assert.deepEqual(items, overseas.map((name) => ({ frame: name, name })));
  });
});

test('after switching language, the group icons (shown, zoomed, swapped back) and the map\'s controls speak the new language', async () => {
  await withAtlas('', {}, async (page) => {
    const suffixes = () => page.locator('.poles-cluster .poles-cluster-count .visually-hidden')
      .evaluateAll((els) => [...new Set(els.map((e) => e.textContent))]);
    assert.deepEqual(await suffixes(), [EN_SUFFIX], 'English at first');
    const controls = () => page.evaluate(() => {
      const zoomIn = document.querySelector('.map .leaflet-control-zoom-in');
      return [zoomIn.title, zoomIn.getAttribute('aria-label'), document.querySelector('.map .leaflet-control-zoom-out').title,
        document.querySelector('.map .leaflet-control-attribution a[href="https://leafletjs.com"]').title];
    });
    assert.deepEqual(await controls(), ['Zoom in', 'Zoom in', 'Zoom out', 'A JavaScript library for interactive maps']);
    assert.equal(await page.locator('.map .leaflet-control-zoom').count(), 1, 'one set of zoom buttons');
    // A chip pressed: a large change, clustered afresh in the standby group; the group of
    // every cluster waits off the map, with its English icons.
    const chip = page.locator('.chips button.chip[data-sector]').first();
    await chip.click();
    await settled(() => chip.getAttribute('aria-pressed'), 'true');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    const english = async () => (await suffixes()).filter((x) => x !== FR_SUFFIX);
    assert.deepEqual(await settled(english, []), [], 'no group on the map is left in English');
    assert.match(await page.locator('#poles-marker-keys').textContent(), /Les flèches/);
    assert.deepEqual(await controls(), ['Zoom avant', 'Zoom avant', 'Zoom arrière', 'Une bibliothèque JavaScript pour les cartes interactives'], 'the zoom buttons and the Leaflet link too');
    await chip.click(); // released: the waiting group is shown again
    await settled(() => chip.getAttribute('aria-pressed'), 'false');
    assert.deepEqual(await settled(suffixes, [FR_SUFFIX]), [FR_SUFFIX], 'the group shown again is in French');

    // Groups made at another zoom level.
    const still = () => page.waitForFunction(() => !document.querySelector('.map .leaflet-zoom-anim, .map .leaflet-cluster-anim'));
    await page.locator('.map .leaflet-control-zoom-in').click();
    await still();
    await page.locator('.map .leaflet-control-zoom-out').click();
    await still();
    assert.deepEqual(await settled(suffixes, [FR_SUFFIX]), [FR_SUFFIX], 'after zooming in and out');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    assert.deepEqual(await settled(suffixes, [EN_SUFFIX]), [EN_SUFFIX], 'and back to English');
    assert.deepEqual(await controls(), ['Zoom in', 'Zoom in', 'Zoom out', 'A JavaScript library for interactive maps']);
    assert.equal(await page.locator('.map .leaflet-control-zoom').count(), 1, 'still one set of zoom buttons');
    assert.equal((await layer(page)).stops, 1, 'remade icons keep one tab stop');
  });
});

test('markers and rows put back by a chip toggled back are whole: dot, name, tooltip on hover and on focus, card', async () => {
  await withAtlas('', {}, async (page) => {
    await settled(async () => (await layer(page)).stops, 1);
    const markers = page.locator('.map .poles-marker');
    const names = () => markers.evaluateAll((els) => els.map((e) => e.textContent).sort());
    const before = await names();
    assert.ok(before.length > 5, `single markers on the metropolitan map (${before.length})`);
    // Marked, to tell the icons and rows Leaflet and the list show afterwards from these.
    await page.evaluate(() => document.querySelectorAll('.poles-marker, .cluster-list > li').forEach((e) => { e.__before = true; }));
    const rows = () => page.locator('.cluster-list .cluster-name').allTextContents();
    const listed = await rows();

    const chip = page.locator('.chips button.chip[data-sector]').first();
    await chip.click();
    await settled(() => chip.getAttribute('aria-pressed'), 'true');
    await chip.click();
    await settled(() => chip.getAttribute('aria-pressed'), 'false');
    assert.deepEqual(await settled(names, before), before, 'the same markers, named');
    assert.deepEqual(await rows(), listed, 'the same rows, in the same order');
    assert.equal(await markers.evaluateAll((els) => els.filter((e) => e.__before).length), 0, 'Leaflet made new icons');
    const dots = await markers.evaluateAll((els) => els.map((e) => e.querySelector('.poles-marker-dot')?.style.getPropertyValue('--marker-colour')));
    assert.ok(dots.every((colour) => /^#[0-9a-f]{6}$/i.test(colour)), `each icon has its coloured dot: ${dots}`);

    const tooltip = page.locator('.map .leaflet-tooltip');
    const first = markers.first();
    const name = await first.textContent();
    await first.hover();
    assert.equal(await settled(() => tooltip.textContent(), name), name, 'hovering shows the name');
    await page.mouse.move(1, 1);
    await settled(() => tooltip.count(), 0);
    const second = markers.nth(1);
    const other = await second.textContent();
    await second.focus();
    assert.equal(await settled(() => tooltip.textContent(), other), other, 'the keyboard focus shows the name');
    assert.equal(await second.getAttribute('aria-describedby') !== null, true, 'the focused icon is described');

    const row = page.locator('.cluster-list .cluster-name').first();
    await row.click();
    assert.equal(await settled(() => page.locator('#card-title').textContent(), listed[0]), listed[0], 'a row put back opens its card');
  });
});
