// <poles-atlas> on a host site of another origin, under the strict policy README's "Embedding"
// gives a host (issue 22): the element shows the view of its attributes, changes it in place when
// an attribute changes (no reload of the frame), sizes itself, surfaces the protocol's events
// (ready, view, select) as DOM events, and both sides ignore forged or malformed messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { suite, openPage, eventually, listedIds, sorted, DIST, CURRENT } from './browser.mjs';

const chromium = suite();

/** The policy a host needs for the element (README, "Embedding"), and nothing more. */
const hostPolicy = (app, host) => [
  "default-src 'none'",
  `script-src ${app}`,
  `frame-src ${app} ${host}`,
  "style-src 'none'",
].join('; ');

const page = (body) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Investment agency</title></head>
<body><h1>Clusters of our region</h1>${body}</body></html>`;

/** A host site: `host.html` holds `body`; `sibling.html` is another page of the same origin. */
const hostSite = (app, body) => serve({
  root: DIST,
  csp: false,
  routes: Object.fromEntries(Object.entries({ '/host.html': body, '/sibling.html': '<p>sibling</p>' }).map(([path, html]) => [path, (req, res) => {
    const origin = `http://${req.headers.host}`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': hostPolicy(app.origin, origin) });
    res.end(page(html));
  }])),
});

/** Run in the host page first: records the element's events in `window.__events`. */
function recordEvents() {
  window.__events = [];
  for (const type of ['poles:ready', 'poles:view', 'poles:select']) {
    document.addEventListener(type, (event) => window.__events.push({ type, detail: event.detail }), true);
  }
}

/** Waits until `accept(read())` holds, and fails saying `what` (with the last value) if it never does. */
async function until(read, accept, what, timeout = 10000) {
  const value = await eventually(read, accept, timeout);
  assert.ok(accept(value), `${what}: ${JSON.stringify(value)?.slice(0, 300)}`);
  return value;
}

const expectedIds = (sector, region) => sorted(CURRENT
  .filter((c) => (!sector || c.sectors.includes(sector)) && (!region || c.regions.includes(region)))
  .map((c) => c.id));

test('<poles-atlas> under a strict host policy: attributes, events, commands, forged messages', async () => {
  const app = await serve({ root: DIST });
  // The code comes from the app's Embed dialog, Format: Element.
  const atlas = await openPage(chromium.browser, { width: 1200, height: 900 });
  await atlas.goto(`${app.url}?sector=health`);
  await atlas.getByRole('button', { name: 'Embed' }).click();
  await atlas.getByRole('radio', { name: 'Element (events, commands)' }).check();
  const code = await atlas.locator('#embed-code').inputValue();
  await atlas.context().close();
  const label = 'Map of the French competitiveness clusters';
  assert.equal(code, `<poles-atlas sector="health" label="${label}"><a href="${app.url}?sector=health">${label}</a></poles-atlas>\n<script src="${app.url}embed.js" async></script>`);
  const host = await hostSite(app, `${code}\n<iframe id="sibling" src="/sibling.html" title="sibling"></iframe>`);
  const browserPage = await openPage(chromium.browser, { width: 1200, height: 900 });
  try {
    await browserPage.addInitScript(recordEvents);
    await browserPage.goto(`${host.url}host.html`);
    const events = (type) => browserPage.evaluate((type) => window.__events.filter((e) => e.type === type).map((e) => e.detail), type);
    await until(() => events('poles:ready'), (list) => list.length === 1, 'one ready event', 20000);
    const element = browserPage.locator('poles-atlas');
    const frameHandle = await element.evaluateHandle((e) => e.shadowRoot.querySelector('iframe'));
    const frame = await frameHandle.asElement().contentFrame();
    assert.equal(new URL(frame.url()).origin, app.origin);
    assert.equal(await frameHandle.evaluate((f) => f.title), label);
    assert.equal(new URL(frame.url()).hash, `#poles-host=${encodeURIComponent(host.origin)}`);
    assert.deepEqual(sorted(await listedIds(frame)), expectedIds('health'), 'the attributes are the view');
    // The fallback link is not shown once the element runs.
    assert.equal(await browserPage.getByRole('link', { name: label }).isVisible(), false);
    // The element follows the atlas's height.
    await until(() => frameHandle.evaluate((f) => f.getAttribute('data-poles-height')), (h) => Number(h) > 300, 'the height the atlas posted');

    // An attribute changes the view in place: the frame is not reloaded.
    await frame.evaluate(() => { window.__sameDocument = true; });
    await element.evaluate((e) => e.setAttribute('region', '84'));
    await until(() => listedIds(frame).then(sorted), (ids) => JSON.stringify(ids) === JSON.stringify(expectedIds('health', '84')), 'the list after region=84');
    assert.equal(await frame.evaluate(() => window.__sameDocument), true, 'no reload');
    const views = await until(() => events('poles:view'), (list) => list.at(-1)?.query === 'sector=health&region=84', 'the view event');
    assert.equal(views.at(-1).address, `${app.url}?sector=health&region=84`);

    // Methods: select, filter, reset; each answered by events.
    const cluster = expectedIds('health', '84')[0];
    await element.evaluate((e, id) => e.select(id), cluster);
    await until(() => events('poles:select'), (list) => list.at(-1)?.id === cluster, 'the select event');
    await until(() => frame.locator('.card').count(), (n) => n === 1, 'the card in the frame');
    await element.evaluate((e) => e.filter({ sector: ['aerospace'], region: null }));
    await until(() => events('poles:view'), (list) => list.at(-1)?.query.startsWith('sector=aerospace&cluster='), 'filter() keeps the card');
    await element.evaluate((e) => e.reset());
    await until(() => events('poles:view'), (list) => list.at(-1)?.query === '', 'reset() shows the default view');
    await until(() => events('poles:select'), (list) => list.at(-1)?.id === null, 'reset() closes the card');
    assert.equal((await listedIds(frame)).length, CURRENT.length, 'reset shows every current cluster');

    // Forged and malformed messages are ignored, on both sides.
    const sibling = browserPage.frame({ url: /sibling\.html$/ });
    const before = await events('poles:select');
    await sibling.evaluate(() => {
      // To the atlas, from a page of the host's origin that is not its parent...
      const atlas = [...Array(parent.frames.length).keys()].map((i) => parent.frames[i]).filter((w) => w !== window);
      for (const target of atlas) target.postMessage({ type: 'poles:command', v: 1, command: 'view', query: 'region=11' }, '*');
      // ...and to the host, pretending to be the atlas.
      parent.postMessage({ type: 'poles:select', v: 1, id: 'forged' }, '*');
      parent.postMessage({ type: 'poles:resize', height: 12 }, '*');
    });
    // From the atlas's own window: not its parent, not the host's origin.
    await frame.evaluate(() => window.postMessage({ type: 'poles:command', v: 1, command: 'view', query: 'region=11' }, '*'));
    await browserPage.evaluate((target) => {
      const frame = document.querySelector('poles-atlas').shadowRoot.querySelector('iframe').contentWindow;
      // From the parent, but not as the protocol says.
      for (const message of [
        { type: 'poles:command', v: 2, command: 'view', query: 'region=11' },
        { type: 'poles:command', v: 1, command: 'eval', query: 'region=11' },
        { type: 'poles:command', v: 1, command: 'view', query: 11 },
        { type: 'poles:command', v: 1, command: 'view', query: `region=11&q=${'x'.repeat(5000)}` },
        'poles:command', null, [1, 2],
      ]) frame.postMessage(message, target);
    }, app.origin);
    // A last, valid command: once it shows, the earlier messages have been handled.
    await element.evaluate((e) => e.setAttribute('q', 'bio'));
    await until(() => events('poles:view'), (list) => list.at(-1)?.query === 'q=bio', 'the last valid command');
    assert.equal(new URL(frame.url()).searchParams.get('region'), null, 'no forged region');
    assert.deepEqual(await events('poles:select'), before, 'no forged select event');
    assert.notEqual(await frameHandle.evaluate((f) => f.style.height), '12px', 'no forged height');

    assert.deepEqual(await browserPage.cspViolations(), [], 'nothing the host policy forbids');
    assert.deepEqual(browserPage.problems, []);
  } finally {
    await browserPage.context().close();
    await host.close();
    await app.close();
  }
});
