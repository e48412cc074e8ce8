// The static pages (cargo xtask pages): every generated page is valid HTML with parseable
// JSON-LD; a cluster page read without JavaScript shows its facts; in the browser it opens the
// app on the cluster's card (and a region page on the region), without a layout shift, under
// the strict CSP, at a host's root and under a sub-path; Back/Forward and "Copy link" work from
// there; axe finds nothing serious on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { trunkHtmlValidator } from './html.mjs';
import { serve } from './server.mjs';
import {
  suite, waitForAtlas, screenshot, recordShifts, layoutShifts, expectAxeClean, axeViolations, describeViolations,
  DIST, DATASET, address,
} from './browser.mjs';

const AEROSPACE = DATASET.clusters.find((c) => c.id === 'aerospace-valley');

const chromium = suite();
const { withPage } = chromium;

/** The languages of the pages: English at the root, the others under their code. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'ja', 'zh'];

/** The language of a generated page, from its path. */
const languageOf = (file) => LANGUAGES.find((lang) => file.startsWith(`${lang}/`)) ?? 'en';

/** Every generated page, as paths relative to dist/ ("clusters/x/index.html"). */
function generatedPages() {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(DIST, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name === 'index.html') out.push(relative);
    }
  };
  for (const top of ['clusters', 'regions', ...LANGUAGES.slice(1)]) walk(top);
  return out;
}


test('every generated page is valid HTML with a JSON-LD of its type', async () => {
  const pages = generatedPages();
  const expected = LANGUAGES.length * (1 + DATASET.clusters.length + DATASET.regions.length);
  assert.equal(pages.length, expected, 'a page per cluster, region and the index, in seven languages');
  const validator = trunkHtmlValidator({ 'long-title': 'off' });
  const problems = [];
  for (const file of pages) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    assert.equal(scripts.length, 1, `${file}: one JSON-LD script`);
    const data = JSON.parse(scripts[0][1]);
    assert.equal(data['@context'], 'https://schema.org', file);
    assert.equal(data['@type'], 'WebPage', file);
    const lang = languageOf(file);
    assert.equal(data.inLanguage, lang, file);
    assert.match(html, new RegExp(`<html lang="${lang}">`), file);
    const type = /^(clusters|fr\/poles|[a-z]{2}\/clusters)\/[^/]+\/index\.html$/.test(file) ? 'Organization' : 'ItemList';
    assert.equal(data.mainEntity['@type'], type, file);
  }
  assert.deepEqual(problems.slice(0, 30), [], `${problems.length} html-validate problem(s)`);
  const notFound = await validator.validateString(fs.readFileSync(path.join(DIST, '404.html'), 'utf8'), '404.html');
  assert.deepEqual(notFound.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);
});

test('fetched as plain HTML (a crawler, a link preview), a cluster page has its head and facts', async () => {
  const server = await serve({ root: DIST });
  try {
    const response = await fetch(`${server.url}fr/poles/aerospace-valley/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<title>Aerospace Valley — pôle de compétitivité, Toulouse \| Pôles<\/title>/);
    assert.match(html, /<meta name="description" content="Pôle aéronautique, spatial/);
    assert.match(html, /<meta property="og:title" content="Aerospace Valley — pôle de compétitivité, Toulouse">/);
    // With the site's address (POLES_SITE_URL), absolute alternates; without, a relative
    // canonical and no alternates (they must be absolute).
    if (html.includes('og:url')) {
      assert.match(html, /<link rel="alternate" hreflang="en" href="https?:[^"]*\/clusters\/aerospace-valley\/">/);
      assert.match(html, /<link rel="alternate" hreflang="ja" href="https?:[^"]*\/ja\/clusters\/aerospace-valley\/">/);
      assert.equal(html.match(/<link rel="alternate" hreflang=/g).length, 8, 'seven languages and x-default');
    } else {
      assert.match(html, /<link rel="canonical" href="fr\/poles\/aerospace-valley\/">/);
      assert.doesNotMatch(html, /<link rel="alternate"/);
    }
    assert.match(html, /<h1 id="page-title">Aerospace Valley<\/h1>/);
    assert.match(html, /<li>Thales<\/li>/);
    for (const name of ['robots.txt', '404.html', 'pages.css']) {
      assert.equal((await fetch(server.url + name)).status, 200, name);
    }
    // The atlas's own first visit is unchanged: no page tag in index.html.
    const index = await (await fetch(server.url)).text();
    assert.doesNotMatch(index, /poles-page|pages\.css|og:/);
  } finally {
    await server.close();
  }
});

test('with JavaScript off, a cluster page shows its facts', async () => {
  await withPage('clusters/aerospace-valley/', { javaScriptEnabled: false, width: 1280, height: 800 }, async (page) => {
    assert.equal(await page.title(), 'Aerospace Valley — competitiveness cluster, Toulouse | Pôles');
    const card = page.locator('article.page-card');
    assert.equal(await card.locator('h1').textContent(), 'Aerospace Valley');
    assert.ok(await card.isVisible());
    const text = await card.textContent();
    for (const fact of ['Toulouse', 'Occitanie', 'Nouvelle-Aquitaine', `${AEROSPACE.member_count.value} members (${AEROSPACE.member_count.year})`, 'Thales', AEROSPACE.description.en, 'Sources']) {
      assert.ok(text.includes(fact), `shows ${fact}`);
    }
    assert.equal(await card.getByRole('link', { name: AEROSPACE.website }).getAttribute('href'), AEROSPACE.website);
    assert.match(await page.locator('.page-map noscript').innerHTML(), /The interactive map needs JavaScript/);
    // Links lead to the region's page and the French twin, from the atlas root.
    await card.getByRole('link', { name: 'Occitanie', exact: true }).click();
    await page.waitForURL(/\/regions\/occitanie\/$/);
    assert.equal(await page.locator('h1').textContent(), 'Occitanie');
    assert.ok(await page.getByRole('link', { name: 'Aerospace Valley' }).isVisible());
    await page.getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/regions\/occitanie\/$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(/\/ja\/regions\/occitanie\/$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
    assert.equal(await page.locator('h1').textContent(), 'オクシタニー');
    await screenshot(page, 'pages-no-script');
  });
});

test('in the browser, a cluster page opens the app on its card, without a layout shift', async () => {
  await withPage('clusters/aerospace-valley/', { width: 1280, height: 800, prepare: recordShifts }, async (page, server) => {
    await waitForAtlas(page);
    assert.equal(await page.locator('#card-title').textContent(), 'Aerospace Valley');
    assert.equal(await page.locator('#poles-page').count(), 0, 'the static content gave way');
    assert.ok(await page.locator('.app-header').isVisible());
    // The address moved to the atlas root with the page's view; the title stays the page's.
    assert.equal(await address(page), `${server.url}?cluster=aerospace-valley&lang=en`);
    assert.equal(await page.title(), 'Aerospace Valley — competitiveness cluster, Toulouse | Pôles');
    const shifts = await layoutShifts(page);
    assert.ok(shifts.total < 0.01, `cumulative layout shift ${shifts.total} (moved: ${shifts.sources.join(', ')})`);
    await screenshot(page, 'pages-app');

    // Back/Forward from there: the card closed, another cluster, then back to the page's.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('card-title'));
    assert.equal(await page.title(), 'Pôles — French competitiveness clusters');
    const other = page.locator('.cluster-list .cluster-name').filter({ hasNotText: 'Aerospace Valley' }).first();
    const otherName = await other.textContent();
    await other.click();
    await page.waitForFunction((name) => document.getElementById('card-title')?.textContent === name, otherName);
    await page.goBack();
    await page.waitForFunction(() => !document.getElementById('card-title'));
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('card-title')?.textContent === 'Aerospace Valley');
    assert.equal(await page.title(), 'Aerospace Valley — competitiveness cluster, Toulouse | Pôles');
    assert.equal(await address(page), `${server.url}?cluster=aerospace-valley&lang=en`);
    await page.goForward();
    await page.waitForFunction(() => !document.getElementById('card-title'));
    // A reload opens the same view, from the atlas root.
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('card-title')?.textContent === 'Aerospace Valley');
    await page.reload();
    await waitForAtlas(page);
    assert.equal(await page.locator('#card-title').textContent(), 'Aerospace Valley');
  });
});

test('on a phone, the app taking over a cluster page leaves its largest paint the page\'s own', async () => {
  // Pages whose largest paint is the card's description: the app's card (a sheet as wide as the
  // viewport) lays it out as the page does, never larger. Advancity is the page the benchmark's
  // Lighthouse audits; on Pôle Risques the page's description is at the fold. (On 10 of the 90
  // pages the app's paint is still larger, by a pixel's rounding or by the atlas's notice of
  // labels past their term: docs/performance.md, "Cluster pages".)
  const pages = ['advancity', 'pole-risques'];
  // The paints, and when the page's own content gave way to the app's.
  const observe = (page) => page.addInitScript(() => {
    window.__paints = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paints.push({ time: e.startTime, size: e.size, element: e.element?.className ?? '(removed)' });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    const gone = new MutationObserver(() => {
      if (window.__seen && !document.getElementById('poles-page')) {
        window.__replaced = performance.now();
        gone.disconnect();
      }
      window.__seen ||= document.getElementById('poles-page') !== null;
    });
    gone.observe(document, { childList: true, subtree: true });
  });
  for (const id of pages) {
    await withPage(`clusters/${id}/`, { width: 412, height: 823, prepare: observe }, async (page) => {
      await waitForAtlas(page);
      await page.locator('#card-title').waitFor();
      // Two frames after the card: its paint, if it were the largest, is reported by then.
      await page.evaluate(() => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
      const { paints, replaced } = await page.evaluate(() => ({ paints: window.__paints, replaced: window.__replaced }));
      assert.ok(replaced > 0, `${id}: the page's content never gave way`);
      assert.ok(paints.length > 0 && paints[0].time < replaced, `${id}: the page's own content was not painted first`);
      const late = paints.filter((p) => p.time >= replaced);
      assert.deepEqual(late, [], `${id}: a paint of the app larger than the page's (the page's content gave way at ${Math.round(replaced)} ms)`);
    });
  }
});

test('"Copy link" on a page view gives the page; with a filter, the query address', async () => {
  await withPage('fr/poles/minalogic/', {}, async (page, server) => {
    await waitForAtlas(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('#card-title').textContent(), 'Minalogic');
    const copy = async () => {
      const button = page.locator('.share-tools button', { hasText: /Copier le lien|Lien copié/ });
      await button.click();
      await page.locator('.share-tools button', { hasText: 'Lien copié' }).waitFor({ timeout: 5000 });
      return page.evaluate(() => navigator.clipboard.readText());
    };
    assert.equal(await copy(), `${server.url}fr/poles/minalogic/`);
    await page.locator('.chips button.chip[data-sector="health"]').click();
    await page.waitForFunction(() => location.search.includes('sector=health'));
    assert.equal(await copy(), `${server.url}?sector=health&cluster=minalogic&lang=fr`);
    // The embed snippet is unchanged: the query address, embedded.
    await page.getByRole('button', { name: 'Intégrer' }).click();
    const code = await page.locator('#embed-code').inputValue();
    assert.ok(code.includes(`src="${server.url}?sector=health&amp;cluster=minalogic&amp;lang=fr&amp;embed=1"`), code);
  });
});

test('a region page opens the app on the region; the address may add its own parameters', async () => {
  await withPage('regions/occitanie/?utm_source=newsletter&lang=fr', {}, async (page, server) => {
    page.problems.length = 0;
    await waitForAtlas(page);
    assert.equal(await page.locator('#region-summary-title').textContent(), 'Occitanie');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr', 'the address chose French');
    assert.equal(await address(page), `${server.url}?region=76&lang=fr`);
  });
});

test('under a sub-path, a page loads the app, its files and its data from the atlas root', async () => {
  await withPage('clusters/novalog/', { base: '/any/sub/path/' }, async (page, server) => {
    await waitForAtlas(page);
    assert.equal(await page.locator('#card-title').textContent(), DATASET.clusters.find((c) => c.id === 'novalog').name);
    assert.equal(await address(page), `${server.url}?cluster=novalog&hist=1&lang=en`);
    const base = '/any/sub/path/';
    const outside = server.requests.filter((p) => !p.startsWith(base));
    const besideThePage = server.requests.filter((p) => p.startsWith(`${base}clusters/`) && p !== `${base}clusters/novalog/`);
    assert.deepEqual([...outside, ...besideThePage], [], 'every file from the atlas root');
    assert.ok(server.requests.includes(`${base}data/clusters.json`));
    assert.ok(server.requests.includes(`${base}data/regions.geojson`));
  });
});

test('axe finds no serious or critical violation on a cluster page, with and without the app', async () => {
  const size = { width: 1280, height: 800 };
  await withPage('clusters/aerospace-valley/', { ...size, bypassCSP: true, atlas: true }, async (page) => {
    await expectAxeClean(page, 'JavaScript on');
  });
  await withPage('clusters/aerospace-valley/', { ...size, javaScriptEnabled: false }, async (page) => {
    // axe is a script: it runs on the same markup and styles in a page without the app's
    // scripts (an isolated context of its own).
    const html = await page.content();
    const url = page.url(); // no app, and no script to wait for
    const context = await chromium.browser.newContext({ bypassCSP: true, viewport: size });
    try {
      const scripted = await context.newPage();
      await scripted.route(url, (route) => route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: html.replace(/<script(?![^>]*ld\+json)[^>]*>[^<]*<\/script>/g, ''),
      }));
      await scripted.goto(url);
      const violations = (await axeViolations(scripted)).filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(violations.map((v) => v.id), [], `JavaScript off:\n${describeViolations(violations)}`);
    } finally {
      await context.close();
    }
  });
});
