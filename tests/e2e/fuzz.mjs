// The interface fuzzer (issue 20): seeded random sequences of every interaction the app offers,
// with gaps of 0 to 50 ms between them (a visitor exploring quickly, a kiosk), in a layout
// (desktop, phone, embed=1). It records page errors, console errors and the panic alert, and at
// the end compares the fuzzed page with a fresh load of its address (list, chips, markers, card,
// DOM size) and reports the JS heap and wasm memory before and after.
//
// The actions are drawn from the seed alone (never from the page's state), so a seed replays the
// same sequence: an action that finds nothing to act on (no card open to close) does nothing.
// Library of `fuzz.test.mjs` (a few thousand steps in `cargo xtask test`) and of
// `cargo xtask fuzz --steps N --seed S [--layout L]` (this file run as a script).
import { fileURLToPath } from 'node:url';
import { launch, openAtlas, untilStill, DIST, address } from './browser.mjs';
import { serve } from './server.mjs';

/** The layouts the fuzzer runs in: a viewport and the address's extra parameters. */
export const LAYOUTS = {
  desktop: { width: 1440, height: 900, query: '' },
  phone: { width: 390, height: 844, query: '' },
  embed: { width: 640, height: 720, query: 'embed=1' },
};

/** mulberry32: a small seeded generator, the same sequence for the same seed in any engine. */
export function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [low, high]. */
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

// In the page: clicks the `n`-th (modulo their number) element matching `selector` that is
// rendered (has a box), as a visitor's click does (the element's own click). What it clicked.
function clickNth([selector, n]) {
  const candidates = [...document.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0 && !e.disabled);
  if (candidates.length === 0) return null;
  const target = candidates[n % candidates.length];
  target.focus?.();
  target.click();
  return target.textContent?.trim().slice(0, 40) ?? target.tagName;
}

const click = (selector) => async (page, r) => page.evaluate(clickNth, [selector, r.int(0, 1e6)]);
const key = (name) => async (page) => { await page.keyboard.press(name); return name; };

/** Letters a visitor types: parts of names and cities, accents, and a few unlikely ones. */
const LETTERS = 'aeiourstnlmcpvbgdhéèçô -\'AEBMSxyzq';

/** An action choosing a random option of the visible `<select>` at `selector`, as a change. */
function choose(selector) {
  return async (page, r) => {
    const n = r.int(0, 1e6);
    return page.evaluate(([selector, n]) => {
      const select = document.querySelector(selector);
      if (!select || select.getClientRects().length === 0) return null;
      select.selectedIndex = n % select.options.length;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return select.value || 'all';
    }, [selector, n]);
  };
}

/**
 * Every interaction, with its weight. Each is `run(page, r)` and returns what it did (for the
 * log), or null when there was nothing to act on.
 */
export const ACTIONS = [
  ['chip', 8, click('.chips button.chip, .chip-view')],
  ['type', 6, async (page, r) => {
    const text = Array.from({ length: r.int(1, 3) }, () => LETTERS[r.int(0, LETTERS.length - 1)]).join('');
    return page.evaluate((text) => {
      const input = document.getElementById('search');
      if (!input || input.getClientRects().length === 0) return null;
      input.focus();
      input.value += text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return `+${text}`;
    }, text);
  }],
  ['erase', 3, async (page, r) => {
    const all = r.next() < 0.4;
    return page.evaluate((all) => {
      const input = document.getElementById('search');
      if (!input || input.getClientRects().length === 0 || input.value === '') return null;
      input.value = all ? '' : input.value.slice(0, -1);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return all ? 'cleared' : 'backspace';
    }, all);
  }],
  ['region select', 4, choose('#region')],
  ['map region click', 4, async (page, r) => {
    const n = r.int(0, 1e6);
    const point = await page.evaluate((n) => {
      const paths = [...document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')]
        .map((p) => p.getBoundingClientRect())
        .filter((b) => b.width > 2 && b.height > 2 && b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth);
      if (paths.length === 0) return null;
      const b = paths[n % paths.length];
      const point = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      // A region's click, not a link above it (the attribution, the embed's way to the atlas),
      // which would leave the app.
      const hit = document.elementFromPoint(point.x, point.y);
      return hit?.closest('.leaflet-overlay-pane') && !hit.closest('a') ? point : null;
    }, n);
    if (!point) return null;
    await page.mouse.click(point.x, point.y);
    return `at ${Math.round(point.x)},${Math.round(point.y)}`;
  }],
  ['open card', 6, click('.cluster-list .cluster-name, .became .link-button, .profile-names .link-button, .name-today .link-button')],
  ['close card', 3, click('.card .card-close')],
  ['escape', 4, key('Escape')],
  ['show more', 1, click('.list-panel > button.button-quiet')],
  ['historical', 2, click('.filters .toggle input[type=checkbox]')],
  ['table', 3, click('.matrix-toggle, .profile-compare, .matrix-head .button')],
  ['table sort', 2, click('.matrix .sort-button')],
  ['table filter', 2, click('.matrix .matrix-filter')],
  ['profile', 2, click('.region-profile .profile-bar, .region-profile .summary-head .link-button')],
  ['language', 2, choose('.lang-switch select.lang-select')],
  // Back within the atlas's own entries: never to the blank page the browser opened with.
  ['back', 3, async (page) => page.evaluate(() => {
    if (navigation.currentEntry.index <= window.__fuzzFirstEntry) return null;
    history.back();
    return 'back';
  })],
  ['forward', 2, async (page) => page.evaluate(() => { history.forward(); return 'forward'; })],
  ['copy link', 1, click('.share-tools button.tool:not([aria-haspopup])')],
  ['embed dialog', 1, click('.share-tools button.tool[aria-haspopup]')],
  ['about dialog', 1, click('.header-tools > button.tool[aria-haspopup], .header-tools .about-button')],
  ['dialog button', 2, click('dialog[open] button')],
  ['map image', 1, click('.downloads button.map-image')],
  ['print', 1, click('button.print')],
  ['marker keys', 4, async (page, r) => {
    const keys = Array.from({ length: r.int(1, 4) }, () => r.pick(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'Escape']));
    const focused = await page.evaluate(() => {
      const stop = document.querySelector('.leaflet-marker-pane [tabindex="0"]');
      if (!stop || stop.getClientRects().length === 0) return false;
      stop.focus();
      return true;
    });
    if (!focused) return null;
    for (const name of keys) await page.keyboard.press(name);
    return keys.join(' ');
  }],
  ['time keys', 3, async (page, r) => {
    const keys = Array.from({ length: r.int(1, 3) }, () => r.pick(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']));
    const focused = await page.evaluate(() => {
      const slider = document.getElementById('time');
      if (!slider || slider.getClientRects().length === 0) return false;
      slider.focus();
      return true;
    });
    if (!focused) return null;
    for (const name of keys) await page.keyboard.press(name);
    return keys.join(' ');
  }],
  ['play', 1, click('.time-play')],
  ['today', 1, click('.time-now')],
  ['tab', 2, key('Tab')],
  ['enter', 1, key('Enter')],
];

/** The actions drawn: all, or those named in POLES_FUZZ_ONLY (comma-separated), to narrow a
 *  problem down (a leak, an error) to the interactions that cause it. */
const ONLY = process.env.POLES_FUZZ_ONLY?.split(',');
const DRAWN = ONLY ? ACTIONS.filter(([name]) => ONLY.includes(name)) : ACTIONS;
const TOTAL_WEIGHT = DRAWN.reduce((sum, [, weight]) => sum + weight, 0);

function drawAction(r) {
  let at = r.next() * TOTAL_WEIGHT;
  for (const action of DRAWN) {
    at -= action[1];
    if (at < 0) return action;
  }
  return DRAWN[DRAWN.length - 1];
}

/** Records the wasm module's memory as it is instantiated (the page never exposes it). */
function captureWasmMemory() {
  const keep = (result) => {
    const instance = result.instance ?? result;
    if (instance?.exports?.memory) window.__wasm = instance.exports;
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

/**
 * The bytes of the JS objects in `page`'s heap, from a heap snapshot: every V8 node but compiled
 * code (which V8 keeps adding as it optimizes more functions, and wasm's tier-up) and the
 * browser's native objects (among them DevTools' records of the requests, which the test's
 * connection keeps and a visitor's browser does not).
 */
async function objectBytes(cdp) {
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const { snapshot: { meta }, nodes } = JSON.parse(chunks.join(''));
  const [types] = meta.node_types;
  const width = meta.node_fields.length;
  const [type, size] = ['type', 'self_size'].map((field) => meta.node_fields.indexOf(field));
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += width) {
    if (!['code', 'native', 'synthetic'].includes(types[nodes[i + type]])) bytes += nodes[i + size];
  }
  return bytes;
}

/**
 * JS heap after garbage collection, wasm memory and DOM nodes of `page`; with `objects`, also
 * the JS heap's objects without compiled code (`objectBytes`, a snapshot: seconds); with a build
 * of the `alloc-stats` feature (src/alloc_stats.rs), `live`: the wasm heap's live allocations,
 * their bytes and their number by size (`null` otherwise).
 */
export async function footprint(page, { objects = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  // Twice, a task apart: the finalizers a collection schedules (wasm-bindgen frees the Rust side
  // of a collected closure in one) run in a task after it.
  for (let i = 0; i < 2; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => new Promise((resolve) => { setTimeout(resolve, 0); }));
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const heapObjects = objects ? await objectBytes(cdp) : null;
  await cdp.detach();
  const { wasm, nodes, live } = await page.evaluate(() => {
    const exports = window.__wasm;
    const bySize = exports?.poles_live_by_size ? [...new Int32Array(exports.memory.buffer, exports.poles_live_by_size(), 1025)] : null;
    return {
      wasm: exports?.memory.buffer.byteLength ?? 0,
      nodes: document.getElementsByTagName('*').length,
      live: bySize && { bytes: exports.poles_live_bytes(), count: bySize.reduce((a, b) => a + b, 0), bySize },
    };
  });
  return { heap: usedSize, objects: heapObjects, wasm, nodes, live };
}

/** How the wasm heap's live allocations of `after` differ from `fresh`'s, in words. */
function liveDifference(after, fresh) {
  const sizes = after.bySize.map((n, i) => [i * 4, n - fresh.bySize[i]]).filter(([, d]) => d !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 6);
  return `${after.bytes} B in ${after.count} allocations, against ${fresh.bytes} B in ${fresh.count} on a fresh load`
    + ` (${after.bytes - fresh.bytes} B; by size: ${sizes.map(([size, d]) => `${d > 0 ? '+' : ''}${d} of ${size === 4096 ? '4096+' : `${size}–${size + 3}`} B`).join(', ') || 'none'})`;
}

/** What a visitor sees that must follow the address: list, chips, markers, card, table. */
async function picture(page) {
  // 30 s: the layouts run side by side on a busy machine. A page that never stands still is a
  // finding, said with what still moved.
  await untilStill(page, ['.leaflet-map-pane', '.cluster-list'], { timeout: 30000 }).catch(async () => {
    const moving = await page.evaluate(() => ({
      last: window.__untilStill?.signature?.slice(0, 400),
      animating: [...document.querySelectorAll('.leaflet-zoom-anim, .leaflet-pan-anim, .leaflet-cluster-anim')].map((e) => e.className),
    }));
    throw new Error(`the page did not stand still within 30 s: ${JSON.stringify(moving)}`);
  });
  return page.evaluate(() => ({
    list: [...document.querySelectorAll('.cluster-list li.cluster-item')].map((e) => e.dataset.id),
    names: [...document.querySelectorAll('.cluster-list .cluster-name')].map((e) => e.textContent),
    chips: [...document.querySelectorAll('.chips button.chip')].map((c) => c.getAttribute('aria-pressed')),
    card: document.querySelector('.card #card-title')?.textContent ?? null,
    table: document.querySelectorAll('.matrix').length,
    lang: document.documentElement.lang,
    // The map: the names on single markers, the clusters they and the group icons stand for,
    // and where the map stands (its pan and the outlines' drawing, which changes with the zoom).
    onMarkers: [...document.querySelectorAll('.poles-marker')].map((m) => m.textContent.trim()).sort(),
    markers: document.querySelectorAll('.poles-marker').length
      + [...document.querySelectorAll('.poles-cluster-count')].reduce((n, e) => n + Number.parseInt(e.firstChild.textContent, 10), 0),
    mapAt: [...document.querySelectorAll('.leaflet-map-pane')].map((p) => p.style.transform).join()
      + (document.querySelector('.leaflet-overlay-pane path')?.getAttribute('d')?.slice(0, 40) ?? ''),
  }));
}

/**
 * How the fuzzed page disagrees with a fresh load of its address (`expected`), or with itself
 * (a marker of a cluster the list does not show). Markers are compared with the fresh load's
 * when the map stands at the same place and zoom (the fuzzer may have zoomed into a group).
 */
export function disagreements(fuzzed, expected) {
  const found = [];
  for (const key of ['list', 'chips', 'card', 'table', 'lang']) {
    if (JSON.stringify(fuzzed[key]) !== JSON.stringify(expected[key])) {
      found.push(`${key}: ${JSON.stringify(fuzzed[key])} after fuzzing, ${JSON.stringify(expected[key])} on a fresh load`);
    }
  }
  const listed = new Set(fuzzed.names);
  const stray = fuzzed.onMarkers.filter((name) => !listed.has(name));
  if (stray.length > 0) found.push(`markers of clusters the list does not show: ${stray.join(', ')}`);
  if (fuzzed.markers > fuzzed.list.length) found.push(`${fuzzed.markers} clusters on the map, ${fuzzed.list.length} in the list`);
  if (fuzzed.mapAt === expected.mapAt && fuzzed.markers !== expected.markers) {
    found.push(`markers: ${fuzzed.markers} after fuzzing, ${expected.markers} on a fresh load at the same place`);
  }
  return found;
}

/** The atlas at `url` in a page of the layout's size, with the clipboard and its wasm memory. */
function openFuzzed(browser, url, { width, height }) {
  return openAtlas(browser, url, {
    width,
    height,
    prepare: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(captureWasmMemory);
      // Print draws the brief, then opens the print dialog, which would wait for a person:
      // here the browser's two events only.
      await page.addInitScript(() => {
        window.print = () => { dispatchEvent(new Event('beforeprint')); dispatchEvent(new Event('afterprint')); };
      });
    },
  });
}

/**
 * Runs `steps` random interactions from `seed` in `layout` on the site at `baseUrl`. Returns
 * { seed, layout, steps, done, problems, log, before, warm, after, fresh, fuzzed, expected }:
 * the problems (page errors, console errors, the panic alert) stop the run at once; `log` has
 * the last actions; `before`, `warm` (after 1,000 steps), `after` and `fresh` (a fresh load of
 * the final address) are footprints (with `objects`, those three count the heap's objects too:
 * a snapshot each); `fuzzed` and `expected` are the pictures of the fuzzed page and of that
 * fresh load.
 */
export async function fuzz(browser, baseUrl, { seed, steps, layout = 'desktop', onProgress, objects = false } = {}) {
  const shape = LAYOUTS[layout];
  const r = generator(seed);
  const page = await openFuzzed(browser, `${baseUrl}?${shape.query}`, shape);
  // The page as a visitor starts with it: the region outlines drawn (the last deferred task),
  // nothing moving.
  await page.waitForSelector('.leaflet-overlay-pane path', { timeout: 20000 });
  await untilStill(page);
  await page.evaluate(() => { window.__fuzzFirstEntry = navigation.currentEntry.index; });
  const before = await footprint(page, { objects });
  const log = [];
  let done = 0;
  // The footprint after the first 1,000 steps: the page warmed up (compiled code, Leaflet's and
  // the allocator's first peaks), from which a leak would keep growing.
  let warm = null;
  const panicked = () => page.evaluate(() => document.getElementById('panic-alert') !== null);
  try {
    for (; done < steps; done++) {
      const [name, , run] = drawAction(r);
      const gap = r.int(0, 50);
      const did = await run(page, r);
      log.push(`${done}: ${name}${did === null ? ' (nothing)' : ` ${did}`}`);
      if (log.length > 40) log.shift();
      if (page.problems.length > 0 || (done % 50 === 0 && await panicked())) break;
      if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap)); // the visitor's pace: input, not a wait
      if (done % 1000 === 999 && (onProgress || !warm)) {
        const now = await footprint(page, { objects: objects && !warm });
        warm ??= now;
        onProgress?.(done + 1, now);
      }
    }
  } catch (error) {
    page.problems.push(`fuzzer: ${error.message.split('\n')[0]}`);
  }
  if (await panicked().catch(() => true)) page.problems.push('the panic alert is shown');
  const problems = [...page.problems];
  let fuzzed = null;
  let expected = null;
  let after = null;
  let fresh = null;
  if (problems.length === 0) {
    // Dialogs closed and Play paused, as a visitor leaving the kiosk: the fresh load has none.
    await page.evaluate(() => {
      document.querySelectorAll('dialog[open]').forEach((d) => d.close());
      document.querySelector('.time-play[aria-pressed="true"]')?.click();
    });
    try {
      fuzzed = await picture(page);
      after = await footprint(page, { objects });
      const other = await openFuzzed(browser, await address(page), shape);
      expected = await picture(other);
      fresh = await footprint(other, { objects });
      problems.push(...other.problems);
      await other.context().close();
    } catch (error) {
      problems.push(`after the steps: ${error.message.split('\n')[0]}`);
    }
  }
  await page.context().close();
  return { seed, layout, steps, done, problems, log, before, warm, after, fresh, fuzzed, expected };
}

// `node tests/e2e/fuzz.mjs --steps N --seed S [--layout L]`: the long run of `cargo xtask fuzz`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const steps = Number(option('steps', 3000));
  const seed = Number(option('seed', Date.now() % 1e9));
  const layouts = option('layout', 'all') === 'all' ? Object.keys(LAYOUTS) : [option('layout')];
  const browser = await launch();
  const server = await serve({ root: DIST });
  let failed = false;
  const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
  // The layouts run side by side (one page each), the steps shared among them.
  const results = await Promise.all(layouts.map((layout) => fuzz(browser, server.url, {
    seed, layout, steps: Math.ceil(steps / layouts.length), objects: true,
    onProgress: (n, f) => console.log(`fuzz ${layout}: ${n} steps; JS heap ${mb(f.heap)}, wasm memory ${mb(f.wasm)}, DOM nodes ${f.nodes}`),
  })));
  for (const result of results) {
    console.log(`\nfuzz seed ${seed}, layout ${result.layout}: ${result.done} of ${result.steps} steps`);
    if (result.problems.length > 0) {
      failed = true;
      console.log(`FAILED:\n  ${result.problems.join('\n  ')}\nlast actions:\n  ${result.log.join('\n  ')}`);
      continue;
    }
    const { before, after, fresh } = result;
    // Growth is judged from the warm page (step 1,000, or the load in a shorter run): a leak keeps
    // growing from there, while the first steps fill what a page keeps once (compiled code, the
    // features loaded on first use, the allocator's first peaks). From the load, for the record.
    const warm = result.warm ?? before;
    const since = result.warm ? 'step 1,000' : 'the load';
    const growth = (a, b) => `${(((b - a) / a) * 100).toFixed(1)} %`;
    const line = (what, value, show) => {
      const [b, w, a, f] = [before, warm, after, fresh].map(value);
      return `${what} ${show(b)} → ${show(w)} → ${show(a)} (${growth(w, a)} since ${since}, ${growth(b, a)} since the load; fresh load of the final address ${show(f)})`;
    };
    console.log('  load → step 1,000 → end:');
    console.log(`  ${line('JS heap', (f) => f.heap, mb)}`);
    if (after.objects) console.log(`  ${line('its objects (without compiled code)', (f) => f.objects, mb)}`);
    console.log(`  ${line('wasm memory', (f) => f.wasm, mb)}`);
    if (after.live && fresh.live) {
      console.log(`  ${line('wasm heap in use', (f) => f.live.bytes, (n) => `${n} B`)}`);
      console.log(`  wasm heap in use: ${liveDifference(after.live, fresh.live)}`);
    }
    console.log(`  DOM nodes ${after.nodes} against ${fresh.nodes} on a fresh load (${growth(fresh.nodes, after.nodes)})`);
    const found = disagreements(result.fuzzed, result.expected);
    console.log(`  list, chips, card, table and map agree with a fresh load of the final address: ${found.length === 0 ? 'yes' : `no\n    ${found.join('\n    ')}`}`);
    const limits = [
      [`JS heap objects grew since ${since}`, warm.objects, after.objects, 0.10],
      [`wasm memory grew since ${since}`, warm.wasm, after.wasm, 0.10],
      [`wasm heap in use grew since ${since}`, warm.live?.bytes, after.live?.bytes, 0.10],
    ].filter(([, a, b, limit]) => a && (b - a) / a > limit);
    if (Math.abs(after.nodes - fresh.nodes) / fresh.nodes > 0.05) limits.push(['DOM nodes differ from a fresh load', fresh.nodes, after.nodes, 0.05]);
    for (const [what, a, b, limit] of limits) console.log(`  ${what} by more than ${limit * 100} %: ${a} → ${b}`);
    if (found.length > 0 || limits.length > 0) failed = true;
  }
  await server.close();
  await browser.close();
  process.exit(failed ? 1 : 0);
}
