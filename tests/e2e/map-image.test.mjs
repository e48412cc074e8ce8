// The map image (issue 22): "Map image" beside the downloads gives the current view as an SVG
// drawn from the data (one marker per cluster the list counts, the legend, the credits, in the
// view's language) and as a PNG that decodes at the size chosen (slide or A4 page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  suite, download, shownCount, expectAxeClean, writtenDay, DATASET, SHOTS,
} from './browser.mjs';

const { withAtlas } = suite();
fs.mkdirSync(SHOTS, { recursive: true });

/** Opens the dialog and downloads the picture as `type` (`SVG`, `PNG`) at `size` (`slide` or
 *  `page`), in the English interface. */
async function picture(page, type, size = 'slide', names = { open: 'Map image', slide: 'Slide', page: 'Page' }) {
  const dialog = page.locator('.map-image-dialog');
  if (!(await dialog.isVisible())) {
    await page.locator('.downloads').getByRole('button', { name: names.open }).click();
  }
  await dialog.getByRole('radio', { name: names[size] }).check();
  return download(page, dialog.getByRole('button', { name: type }));
}

/** What the page's own XML parser reads in `svg`: an error, or the markers' ids, the legend's
 *  classes, the regions' count and every text. */
function readSvg(page, svg) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    if (error) return { error: error.textContent };
    const root = doc.documentElement;
    return {
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      markers: [...doc.querySelectorAll('circle.marker')].map((m) => m.getAttribute('data-id')),
      classes: [...doc.querySelectorAll('.legend-class')].map((g) => g.getAttribute('data-class')),
      regions: doc.querySelectorAll('path.region').length,
      images: doc.querySelectorAll('image, foreignObject').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg);
}

/** The natural size of `png` (bytes) decoded by the page as an image. */
function decodedSize(page, png) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, png.toString('base64'));
}

test('the SVG of a filtered view holds one marker per cluster the list counts, its legend and credits', async () => {
  await withAtlas('?sector=digital&hist=1', {}, async (page) => {
    const shown = await shownCount(page);
    assert.ok(shown > 5, 'a view with several clusters');
    // The picture module and its worker load on demand: not with the atlas, only for a first
    // picture.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(loaded.some((u) => /poles-.*\.wasm$/.test(u)), "the page's resources are listed");
    assert.deepEqual(loaded.filter((u) => u.includes('picture')), [], 'no picture module or worker with the atlas');
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const file = await picture(page, 'Download SVG');
    for (const file of ['pictures.js', 'picture_loader.js']) {
      assert.ok(requests.some((u) => u.endsWith(`/${file}`)), `${file} loaded for the picture: ${requests}`);
    }
    assert.equal(file.name, 'poles-map-slide.svg');
    const svg = readSvg(page, file.bytes.toString('utf8'));
    const read = await svg;
    assert.equal(read.error, undefined, 'the SVG parses');
    assert.deepEqual([read.width, read.height], ['1600', '900']);
    assert.equal(read.markers.length, shown, 'one marker per cluster shown');
    const known = new Set(DATASET.clusters.map((c) => c.id));
    assert.ok(read.markers.every((id) => known.has(id)), 'markers of the dataset');
    assert.equal(new Set(read.markers).size, read.markers.length, 'each cluster once');
    assert.equal(read.regions, DATASET.regions.length, 'every region drawn, from the outlines');
    assert.equal(read.images, 0, 'drawn, not pictures of tiles');
    // The legend is the page's: the same classes as the choropleth legend beside the map.
    const legend = await page.locator('.choropleth-scale li').evaluateAll((items) => items.map((li) => li.dataset.class));
    assert.deepEqual(read.classes, legend);
    const texts = read.texts.join('\n');
    assert.match(texts, /Map of the French competitiveness clusters/);
    assert.match(texts, /Sectors: Digital & photonics/, 'the filters in words');
    assert.match(texts, /historical clusters included/);
    assert.match(texts, new RegExp(`${shown} clusters shown`));
    assert.match(texts, new RegExp(`Data: .*updated ${writtenDay(DATASET.updated, 'en')}; geometry: IGN Admin Express, Licence Ouverte`, 's'), 'the credits');
    assert.match(texts, /Date: /);
    fs.writeFileSync(path.join(SHOTS, 'map-image.svg'), file.bytes);
  });
});

test('the PNG decodes at the slide and at the page size', async () => {
  await withAtlas('?region=84', {}, async (page) => {
    const slide = await picture(page, 'Download PNG', 'slide');
    assert.equal(slide.name, 'poles-map-slide.png');
    assert.deepEqual([...slide.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
    assert.deepEqual(await decodedSize(page, slide.bytes), [1600, 900]);
    const a4 = await picture(page, 'Download PNG', 'page');
    assert.equal(a4.name, 'poles-map-page.png');
    assert.deepEqual(await decodedSize(page, a4.bytes), [1123, 794]);
    fs.writeFileSync(path.join(SHOTS, 'map-image-slide.png'), slide.bytes);
    fs.writeFileSync(path.join(SHOTS, 'map-image-page.png'), a4.bytes);
  });
});

test('in French, the picture speaks French; the dialog passes axe', async () => {
  await withAtlas('?lang=fr&sector=health', { bypassCSP: true }, async (page) => {
    await page.locator('.downloads').getByRole('button', { name: 'Image de la carte' }).click();
    await expectAxeClean(page, 'the map image dialog', { failing: ['moderate', 'serious', 'critical'] });
    const file = await picture(page, 'Télécharger en SVG', 'page', { page: 'Page' });
    assert.equal(file.name, 'poles-map-page.svg');
    const read = await readSvg(page, file.bytes.toString('utf8'));
    const texts = read.texts.join('\n');
    assert.match(texts, /Carte des pôles de compétitivité français/);
    assert.match(texts, /Secteurs\u00a0: Santé/);
    assert.match(texts, new RegExp(`Données\u00a0: .*mises à jour le ${writtenDay(DATASET.updated, 'fr')}`, 's'));
    assert.match(texts, /Pôles par région/);
    assert.equal(read.markers.length, await shownCount(page));
    // Escape closes the dialog.
    await page.keyboard.press('Escape');
    await assert.doesNotReject(page.locator('.map-image-dialog').waitFor({ state: 'hidden' }));
  });
});
