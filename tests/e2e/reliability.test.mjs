// Reliability and security: hostile data stays text, network faults and partial failures give a
// clear message (with a working Retry), a panic shows an alert, and nothing leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { json } from './server.mjs';
import { suite, waitForAtlas, untilStill, screenshot, markerTotal, DIST, DATASET, CURRENT, address } from './browser.mjs';

const { withPage } = suite();

const REAL = fs.readFileSync(path.join(DIST, 'data', 'clusters.json'));

/** Opens the app on a server with `routes` (waiting for the atlas unless `wait` is false) and
 *  runs `body(page, server)`; the body checks the problems it expects. */
const withApp = (routes, body, { query = '', wait = true } = {}) => withPage(query, { routes, atlas: wait, clean: false }, body);

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '"><svg onload="window.__pwned=4">',
  '{{constructor.constructor("window.__pwned=5")()}}',
];

/** The real dataset with a payload in every string a visitor can see. */
function hostileDataset() {
  const data = structuredClone(DATASET);
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  data.title = { en: next(), fr: next() };
  data.licence = { en: next(), fr: next() };
  for (const s of data.sectors) { s.label = { en: next(), fr: next() }; s.short_label = { en: next(), fr: next() }; }
  for (const r of data.regions) r.name = next();
  for (const s of data.sources) { s.title = next(); s.url = 'javascript:window.__pwned=6'; }
  for (const m of data.milestones ?? []) m.text = { en: next(), fr: next() };
  for (const c of data.clusters) {
    c.name = `${next()} ${c.id}`;
    c.short_name = next();
    c.former_names = [next(), next()];
    c.hq.city = next();
    c.description = { en: next(), fr: next() };
    c.members = { enterprises: [next()], research: [next()], training: [next()] };
    c.unverified = [{ field: 'website', note: next() }];
  }
  // One record with a javascript: website is invalid (left out); the others keep http(s) ones.
  data.clusters[1].website = 'javascript:window.__pwned=7';
  return data;
}

test('hostile strings in every field are shown as text and never run', async () => {
  const data = hostileDataset();
  await withApp({ '/data/clusters.json': json(data) }, async (page) => {
    const first = data.clusters[0];
    // List: the name is shown literally.
    const names = await page.locator('.cluster-list .cluster-name').allTextContents();
    assert.ok(names.includes(first.name), 'the hostile name is listed literally');
    // Card, with every field.
    await page.locator(`.cluster-list [data-id="${first.id}"] .cluster-name`).click();
    const card = page.locator('aside.card');
    await card.waitFor();
    assert.equal(await page.locator('#card-title').textContent(), first.name);
    assert.match(await card.textContent(), /<script>window.__pwned=2<\/script>|<img src=x onerror/);
    await card.locator('.card-sources summary').click();
    // Tooltips: hover a single marker (the default view has some: only markers of one city
    // are grouped).
    const markers = page.locator('.poles-marker');
    assert.ok(await markers.count() > 0, 'a single marker to hover');
    await markers.first().hover();
    await page.locator('.leaflet-tooltip').first().waitFor();
    assert.match(await page.locator('.leaflet-tooltip').first().textContent(), /pwned/);
    // Region summary, About panel, legend.
    await page.selectOption('#region', { index: 1 });
    await page.locator('.region-summary').waitFor();
    await page.getByRole('button', { name: 'About' }).click();
    await page.locator('.legend summary').click({ force: true }).catch(() => {});
    await screenshot(page, 'reliability-hostile');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
    assert.deepEqual(page.dialogs, [], 'no alert/confirm/prompt');
    assert.equal(await page.locator('img[src="x"], svg[onload], script:not([src])').count(), 0, 'no injected element');
    // Links only for http(s) addresses.
    // (The skip links point at ids of the page itself; Leaflet's zoom buttons use "#".)
    const hrefs = await page.locator('a[href]:not(.skip-links a)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const unsafe = hrefs.filter((h) => h !== '#' && !/^(https?:|mailto:)/i.test(h));
    assert.deepEqual(unsafe, [], 'links only to http(s) or mailto addresses');
    const skips = await page.locator('.skip-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(skips, ['#map', '#list-heading'], 'skip links to the map and the list only');
    const external = page.locator('a[target=_blank]');
    for (const rel of await external.evaluateAll((as) => as.map((a) => a.rel))) {
      assert.match(rel, /noopener/);
    }
    // The record with a javascript: website was left out, with a warning that says why.
    assert.equal(await page.locator(`.cluster-list [data-id="${data.clusters[1].id}"]`).count(), 0);
    const notice = page.locator('.notice').first();
    assert.match(await notice.textContent(), /1 record of the dataset is invalid/);
    assert.match(await notice.locator('details').textContent(), /website.*not an http\(s\) address/s);
    assert.deepEqual(page.problems, []);
  });
});

test('the CSV export keeps hostile text as text (no spreadsheet formula)', async () => {
  const data = structuredClone(DATASET);
  data.clusters[0].name = '=HYPERLINK("http://evil.example","x")';
  await withApp({ '/data/clusters.json': json(data) }, async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.downloads').getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), csv.slice(0, 400));
  });
});

const FAULTS = {
  'HTTP 404': [json({ error: 'missing' }, 404), /HTTP 404/],
  'HTTP 500': [json('oops', 500), /HTTP 500/],
  'a truncated body': [json(REAL.subarray(0, 5000)), /not valid.*EOF/s],
  'the wrong content type (a web page)': [
    (req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!doctype html><p>Login</p>'); },
    /web page \(text\/html\)/,
  ],
  'an empty body': [json(''), /the file is empty/],
};

for (const [fault, [route, message]] of Object.entries(FAULTS)) {
  test(`dataset fault: ${fault} → an alert with Retry, and Retry works once the fault is gone`, async () => {
    let broken = true;
    const routes = { '/data/clusters.json': (req, res) => (broken ? route(req, res) : json(REAL)(req, res)) };
    await withApp(routes, async (page) => {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), message);
      broken = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await waitForAtlas(page);
      assert.equal(await markerTotal(page), CURRENT.length);
    }, { wait: false });
  });
}

test('a dataset that never answers times out with an alert (and a slow one still loads)', async () => {
  let mode = 'hang';
  const routes = {
    '/data/clusters.json': async (req, res) => {
      if (mode === 'hang') return; // never answers
      await new Promise((r) => setTimeout(r, 3000)); // a slow server: the input under test, not a wait
      json(REAL)(req, res);
    },
  };
  await withApp(routes, async (page) => {
    assert.equal(await page.getByRole('status').first().textContent(), 'Loading the clusters…');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 25000 });
    assert.match(await alert.textContent(), /took too long/);
    mode = 'slow';
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForAtlas(page);
    assert.equal(await markerTotal(page), CURRENT.length);
  }, { wait: false });
});

test('geometry unavailable: clusters still shown with a notice, and its Retry draws the regions', async () => {
  let broken = true;
  const geometry = fs.readFileSync(path.join(DIST, 'data', 'regions.geojson'));
  const routes = { '/data/regions.geojson': (req, res) => (broken ? json('gone', 404)(req, res) : json(geometry)(req, res)) };
  await withApp(routes, async (page) => {
    assert.equal(await markerTotal(page), CURRENT.length);
    assert.equal(await page.locator('.cluster-list li').count(), CURRENT.length);
    const notice = page.locator('.notice', { hasText: 'region outlines could not be loaded' });
    await notice.waitFor();
    assert.equal(await page.locator('path.region').count(), 0);
    await screenshot(page, 'reliability-no-geometry');
    broken = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await page.locator('path.region').first().waitFor();
    assert.equal(await page.locator('path.region').count(), 18);
  });
});

test('one invalid record: the others are shown, with a warning saying how many and why', async () => {
  const data = structuredClone(DATASET);
  const bad = data.clusters.findIndex((c) => c.status === 'current');
  data.clusters[bad].hq.lat = 95;
  await withApp({ '/data/clusters.json': json(data) }, async (page) => {
    assert.equal(await markerTotal(page), CURRENT.length - 1);
    const notice = page.locator('.notice').first();
    assert.match(await notice.textContent(), /1 record of the dataset is invalid and is not shown/);
    assert.match(await notice.locator('details').textContent(), new RegExp(`clusters\\[${bad}\\].*hq\\.lat.*latitude 95`));
  });
});

test('a panic shows a visible "something went wrong" alert with a reload link', async () => {
  await withApp({}, async (page) => {
    const error = await page.evaluate(async () => {
      const glue = await import(document.getElementById('poles-boot').dataset.js);
      try { glue.poles_test_panic(); } catch (e) { return String(e); }
      return 'no error';
    });
    assert.notEqual(error, 'no error');
    const alert = page.locator('#panic-alert[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Something went wrong/);
    assert.equal(await alert.locator('a').getAttribute('href'), await address(page));
    await screenshot(page, 'reliability-panic');
    page.problems.length = 0; // the panic is logged as a console error, on purpose
  });
});

test('every request stays on the page’s own origin, and the strict CSP is never violated', async () => {
  await withApp({}, async (page, server) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    await waitForAtlas(page);
    await page.locator('.chips button.chip').nth(2).click();
    await page.locator('.cluster-list .cluster-name').first().click();
    await page.locator('aside.card #card-title').waitFor();
    await untilStill(page, ['aside.card']); // the map's flight to the cluster, and its requests
    assert.ok(requests.length > 5);
    const foreign = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(await page.cspViolations(), []);
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in index.html');
    assert.doesNotMatch(html, /\sstyle=/, 'no inline style in index.html');
  });
});

test('tiles are off by default; tiles=osm adds them with the OpenStreetMap attribution', async () => {
  const tiles = [];
  const answerTiles = (page) => page.route('https://tile.openstreetmap.org/**', (route) => {
    tiles.push(route.request().url());
    route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') });
  });
  // The recommended CSP allows no tile host: served without it.
  await withPage('', { csp: false, atlas: true, prepare: answerTiles }, async (page, server) => {
    assert.equal(tiles.length, 0, 'no tile request by default');
    await page.goto(`${server.url}?tiles=osm`);
    await waitForAtlas(page);
    await page.locator('.leaflet-tile-pane img').first().waitFor({ state: 'attached' });
    assert.ok(tiles.length > 0, 'tiles requested');
    assert.match(await page.locator('.leaflet-control-attribution').textContent(), /OpenStreetMap contributors/);
  });
});
