// The built app loads the dataset, draws the regions and one marker per current cluster, lists
// the same clusters, and reports load failures instead of going blank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { json } from './server.mjs';
import { suite, waitForAtlas, screenshot, markerTotal, DIST, CURRENT } from './browser.mjs';

const { withAtlas, withPage } = suite();

test('map, regions, one marker per current cluster, and the same clusters in the list', async () => {
  await withAtlas('', {}, async (page) => {
    assert.equal(await page.locator('.map.leaflet-container').count(), 1, 'the Leaflet map container');
    assert.equal(await page.locator('path.region').count(), 18, 'the 13 metropolitan and 5 overseas regions');
    assert.equal(await markerTotal(page), CURRENT.length, 'one marker per current cluster');
    const listed = await page.locator('.cluster-list [role=listitem], .cluster-list li').allTextContents();
    assert.equal(listed.length, CURRENT.length);
    const listedNames = new Set(await page.locator('.cluster-list .cluster-name').allTextContents());
    for (const cluster of CURRENT) assert.ok(listedNames.has(cluster.name), `${cluster.name} listed`);
    const labels = await page.locator('.poles-marker').evaluateAll((els) => els.map((e) => e.textContent));
    const names = new Set(CURRENT.map((c) => c.name));
    assert.ok(labels.length > 0 && labels.every((l) => names.has(l)), 'markers are named after their clusters');
    await screenshot(page, 'foundation-desktop');
  });
});

test('an unparsable dataset shows an alert, not a blank page', async () => {
  const routes = { '/data/clusters.json': json('{"schema_version": 1, "clusters": [') };
  await withPage('', { routes, clean: false }, async (page) => {
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20000 });
    assert.match(await alert.textContent(), /could not be loaded.*not valid.*line 1/s);
    assert.equal(await page.locator('.poles-marker').count(), 0);
    await screenshot(page, 'foundation-broken-dataset');
  });
});

test('a dataset answering 404 shows an alert with Retry, and Retry loads it once it is back', async () => {
  let broken = true;
  const routes = {
    '/data/clusters.json': async (req, res) => {
      if (broken) return json({ error: 'gone' }, 404)(req, res);
      return json(await readFile(`${DIST}/data/clusters.json`))(req, res);
    },
  };
  await withPage('', { routes, clean: false }, async (page) => {
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20000 });
    assert.match(await alert.textContent(), /HTTP 404/);
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForAtlas(page);
    assert.equal(await markerTotal(page), CURRENT.length);
  });
});
