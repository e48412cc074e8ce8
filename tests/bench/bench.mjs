// The benchmark behind `cargo xtask bench`: first-visit bytes (raw, gzip, brotli), the atlas
// against a plain Leaflet page (tests/bench/plain/) over the same data, Lighthouse (mobile and
// desktop, median of 3), then load, interaction and memory measurements in headless Chromium
// at several dataset sizes. Prints one Markdown report, with the targets (issue 24's, and the
// earlier ones still held) met or not, and writes it to --out (target/bench/latest.md) and its figures to latest.json.
//
//   node tests/bench/bench.mjs --site DIR [--sizes 1000,10000,100000] [--out FILE]
//        [--loads 5] [--samples 10] [--profile] [--lighthouse-only | --no-lighthouse]
//        [--lighthouse-runs 3] [--audit PATH]... [--compare-loads 7] [--phone-loads 3]
//        [--encoding gzip|br|identity] [--baseline FILE] [--against DIR]
//
// --against DIR: another built site (e.g. a copy of target/bench/site from before a change),
// measured in the same run, interleaved: its atlas joins the plain-page comparison and the
// Lighthouse rounds, so that before and after meet the same machine load.
//
// DIR is a copy of dist/ holding bench-N.json for each size (written by `cargo xtask synth`)
// and the plain page in plain/; the real dataset (data/clusters.json) is always measured
// first. Pages are served by tests/bench/server.mjs as a production host would (compression,
// cache headers, the README's CSP). Times are measured in the page (performance.now()), never
// from node's clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serveSite } from './server.mjs';
import { interleaved, summary, medianLoad, waterfall, preloadWarnings, loadOnce, tracedLoad } from './compare.mjs';
import { lighthouse, lighthouseTable, lighthouseDiagnostics } from './lighthouse.mjs';
import { launch } from '../e2e/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: opts } = parseArgs({
  options: {
    site: { type: 'string', default: path.join(ROOT, 'dist') },
    sizes: { type: 'string', default: '1000,10000,100000' },
    out: { type: 'string', default: path.join(ROOT, 'target', 'bench', 'latest.md') },
    loads: { type: 'string', default: '5' },
    samples: { type: 'string', default: '10' },
    profile: { type: 'boolean', default: false },
    // The wasm-bindgen output before wasm-opt (it keeps the function names), for --profile.
    'named-wasm': { type: 'string' },
    'named-glue': { type: 'string' },
    'lighthouse-only': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    // More pages to audit (paths relative to the site, e.g. clusters/aerospace-valley/).
    audit: { type: 'string', multiple: true, default: [] },
    'compare-loads': { type: 'string', default: '7' },
    'phone-loads': { type: 'string', default: '3' },
    encoding: { type: 'string', default: 'gzip' },
    baseline: { type: 'string', default: path.join(ROOT, 'tests', 'bench', 'baseline.json') },
    against: { type: 'string' },
  },
});
const SITE = path.resolve(opts.site);
const SIZES = opts.sizes.split(',').filter(Boolean).map(Number);
const LOADS = Math.max(1, Number(opts.loads));
const SAMPLES = Math.max(2, Number(opts.samples));
const LIGHTHOUSE_ONLY = opts['lighthouse-only'];
const LIGHTHOUSE = !opts['no-lighthouse'];
const LIGHTHOUSE_RUNS = Math.max(1, Number(opts['lighthouse-runs']));
const COMPARE_LOADS = Math.max(1, Number(opts['compare-loads']));
const PHONE_LOADS = Math.max(0, Number(opts['phone-loads']));
if (!['gzip', 'br', 'identity'].includes(opts.encoding)) throw new Error(`--encoding ${opts.encoding}: gzip, br or identity`);
/** Longest wait for one load (navigation to interactive), in ms. */
const LOAD_TIMEOUT = 60000;
/** Longest wait for one interaction to show its result, in ms. */
const SAMPLE_TIMEOUT = 20000;
/** Sizes from which fewer interaction samples are taken (each takes about a second). */
const LARGE = 100000;
const LARGE_SAMPLES = Math.min(SAMPLES, 6);
/** After this many ms of loading one dataset, no further load starts once 3 are done. */
const LOAD_BUDGET = 90000;

/** Beside the flags of tests/e2e/browser.mjs: exact heap sizes and window.gc(). */
const MEMORY_FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

const log = (...args) => console.error('bench:', ...args);

// ---------------------------------------------------------------------------------------------
// In-page instrumentation (an init script, run before any script of the page).

/**
 * Installed in every page: captures the wasm memory, clicks a chip as soon as the app has
 * rendered (the "interactive" probe), and times interactions from a capture-phase listener to
 * the frame after the next `poles:updated` mark.
 */
function instrument({ chip, probe, sampleTimeout }) {
  const b = {
    memories: [], rendered: null, probeClick: null, interactive: null, samples: [], error: null,
  };
  window.__bench = b;
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result instanceof WebAssembly.Instance ? result : result.instance;
      if (instance?.exports?.memory instanceof WebAssembly.Memory) b.memories.push(instance.exports.memory);
      return result;
    };
  }
  // The app keeps only its last `poles:updated` mark: an update is a mark later than the last.
  const updates = () => performance.getEntriesByName('poles:updated').at(-1)?.startTime ?? -1;
  /** Calls done(mark, end) once the next `poles:updated` mark after `base` is followed by a
   *  rendered frame: `end` is when a message posted from the first animation frame after the
   *  mark arrives (after that frame's style, layout and paint). */
  const afterNextUpdate = (t0, base, done) => {
    const frame = () => {
      const mark = updates();
      if (mark > base) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(mark, performance.now());
        channel.port2.postMessage(0);
      } else if (performance.now() - t0 > sampleTimeout) {
        done(null, null);
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  };
  const watch = (kind) => {
    const t0 = performance.now();
    const sample = { kind, t0, mark: null, end: null, done: false };
    b.samples.push(sample);
    afterNextUpdate(t0, updates(), (mark, end) => {
      sample.mark = mark === null ? null : mark - t0;
      sample.end = end === null ? null : end - t0;
      sample.done = true;
    });
  };
  window.addEventListener('click', (e) => {
    if (b.armed && e.target.closest?.('.chips button.chip')) watch('click');
  }, true);
  window.addEventListener('input', (e) => {
    if (b.armed && e.target.id === 'search') watch('input');
    if (b.armed && e.target.id === 'time') watch('step');
  }, true);
  window.addEventListener('error', (e) => { b.error = String(e.message); });
  new PerformanceObserver((list, observer) => {
    const rendered = list.getEntriesByName('poles:rendered')[0];
    if (!rendered) return;
    observer.disconnect();
    b.rendered = rendered.startTime;
    if (!probe) return;
    const button = document.querySelector(chip);
    if (!button) {
      b.error = `no chip ${chip} when rendered`;
      return;
    }
    b.probeClick = performance.now();
    const base = updates();
    afterNextUpdate(b.probeClick, base, (mark, end) => {
      b.interactive = end ?? -1;
    });
    button.click();
  }).observe({ type: 'mark', buffered: true });
}

// ---------------------------------------------------------------------------------------------
// Helpers.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The pause between two readings of a polled condition (`until`), not a wait of its own. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const group = (n) => Math.round(n).toLocaleString('en-US');
const ms = (x) => (x >= 100 ? String(Math.round(x)) : x.toFixed(1));
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const kb = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);

/** "median / worst" of a list of ms values, with "timeout" for failed samples. */
function stat(values) {
  const ok = values.filter((v) => typeof v === 'number' && v >= 0);
  const failed = values.length - ok.length;
  if (values.length === 0) return 'n/a';
  if (ok.length === 0) return 'timeout';
  const worst = failed > 0 ? 'timeout' : ms(Math.max(...ok));
  return `${ms(median(ok))} / ${worst}`;
}

/** Evaluates `fn` in the page, or gives up after `timeout` ms (a busy page answers late). */
async function evaluateWithin(page, fn, arg, timeout) {
  let timer;
  const gaveUp = new Promise((resolve) => { timer = setTimeout(() => resolve(undefined), timeout); });
  try {
    return await Promise.race([page.evaluate(fn, arg), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until the page has nothing left to do, at most `timeout` ms: its region outlines drawn
 * (the last deferred task of a load), then an idle period of its main thread after a frame
 * (`requestIdleCallback`), so that the next measurement does not share its tasks with the
 * previous one. A condition, never a fixed pause.
 */
async function quiet(page, timeout = SAMPLE_TIMEOUT) {
  const end = Date.now() + timeout;
  await until(page, () => document.querySelector('path.region') !== null, timeout);
  const left = Math.max(1, end - Date.now());
  await evaluateWithin(page, (t) => new Promise((resolve) => {
    requestAnimationFrame(() => requestIdleCallback(() => resolve(true), { timeout: t }));
  }), left, left + 1000);
}

/** Polls `read(arg)` in the page until it returns a truthy value or `timeout` ms pass. */
async function until(page, read, timeout, { every = 200, arg } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = await evaluateWithin(page, read, arg, Math.max(1, end - Date.now()));
    if (value) return value;
    await sleep(every);
  }
  return undefined;
}

/** Search texts of a cluster, lowercased and without accents (roughly the app's fold). */
function searchText(c) {
  const parts = [c.name, c.short_name ?? '', ...(c.former_names ?? []), c.brochure_2006_name ?? '', c.hq.city,
    ...(c.members?.enterprises ?? []), ...(c.members?.research ?? []), ...(c.members?.training ?? []),
    c.description.en, c.description.fr];
  return parts.join(' | ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replaceAll('@', 'a');
}

/**
 * The letter typed by the keystroke samples: among a–z, the one matching the share of the
 * visible (current) clusters closest to 25%, but not 0% or 100% (so the results change).
 */
function keystrokeLetter(dataset) {
  const texts = dataset.clusters.filter((c) => c.status === 'current').map(searchText);
  let best = null;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const share = texts.filter((t) => t.includes(letter)).length / texts.length;
    if (share <= 0 || share >= 1) continue;
    if (!best || Math.abs(share - 0.25) < Math.abs(best.share - 0.25)) best = { letter, share };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Measurements.

/** One fresh load (new context): rendered, interactive, heap and wasm memory. */
async function measureLoad(browser, url, { chip, keepOpen = false }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await context.addInitScript(instrument, { chip, probe: true, sampleTimeout: SAMPLE_TIMEOUT });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url, { waitUntil: 'commit' });
  const state = await until(page, () => {
    const b = window.__bench;
    if (b.error) return { error: b.error };
    if (document.querySelector('[role=alert].alert-error, .alert-error[role=alert]')) {
      return { error: document.querySelector('[role=alert]').textContent.trim().slice(0, 200) };
    }
    return b.interactive !== null ? { rendered: b.rendered, interactive: b.interactive } : null;
  }, LOAD_TIMEOUT);
  const result = { rendered: null, interactive: null, heap: null, wasm: null, error: null };
  if (!state) {
    result.error = 'timeout';
  } else if (state.error || problems.length) {
    result.error = state.error ?? problems[0];
  } else {
    result.rendered = state.rendered;
    result.interactive = state.interactive;
    // Memory once the load has settled: after a full garbage collection.
    await quiet(page);
    const memory = await evaluateWithin(page, () => {
      window.gc?.();
      const wasm = window.__bench.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);
      return { heap: performance.memory?.usedJSHeapSize ?? null, wasm };
    }, undefined, LOAD_TIMEOUT);
    Object.assign(result, memory ?? {});
  }
  if (keepOpen && !result.error) return { result, page, context };
  await context.close();
  return { result };
}

/**
 * Interaction samples in a loaded page: `count` chip clicks (toggling the probe's chip off and
 * on), then `count` keystrokes in the search box (typing `letter`, then erasing it).
 */
async function measureInteractions(page, { chip, letter, count }) {
  /** Does `act` and returns the sample it started (ms), or -1 when none or no update came. */
  const run = async (act) => {
    const index = await page.evaluate(() => window.__bench.samples.length);
    await act();
    const sample = await until(page, (i) => {
      const s = window.__bench.samples[i];
      return s?.done ? s : null;
    }, SAMPLE_TIMEOUT + 5000, { every: 50, arg: index });
    await quiet(page);
    return sample && sample.end !== null ? sample.end : -1;
  };
  const updates = () => page.evaluate(() => performance.getEntriesByName('poles:updated').at(-1)?.startTime ?? -1);
  await page.evaluate(() => { window.__bench.armed = true; });
  const clicks = [];
  for (let i = 0; i < count; i += 1) clicks.push(await run(() => page.click(chip)));
  // Back to all sectors before searching, so that the letter narrows what the map shows.
  await page.evaluate(() => { window.__bench.armed = false; });
  const pressed = await page.getAttribute(chip, 'aria-pressed');
  if (pressed === 'true') {
    const before = await updates();
    await page.click('.chips button.chip-reset');
    await until(page, (n) => (performance.getEntriesByName('poles:updated').at(-1)?.startTime ?? -1) > n, SAMPLE_TIMEOUT, { arg: before });
    await quiet(page);
  }
  await page.focus('#search');
  await page.evaluate(() => { window.__bench.armed = true; });
  const keys = [];
  for (let i = 0; i < count; i += 1) {
    keys.push(await run(() => page.keyboard.press(i % 2 === 0 ? letter : 'Backspace')));
  }
  // The time slider, a month back at each press (issue 19: a step of the slider).
  await page.evaluate(() => { window.__bench.armed = false; });
  await page.focus('#time');
  await page.evaluate(() => { window.__bench.armed = true; });
  const steps = [];
  for (let i = 0; i < count; i += 1) steps.push(await run(() => page.keyboard.press('ArrowLeft')));
  return { clicks, keys, steps };
}

/** All measurements of one dataset. */
async function measureDataset(browser, server, { label, file, size, dataset }) {
  const large = size >= LARGE;
  const loads = LOADS;
  const samples = large ? LARGE_SAMPLES : SAMPLES;
  const chip = `.chips button.chip[data-sector="${dataset.sectors[0].id}"]`;
  const key = keystrokeLetter(dataset);
  const url = file ? `${server.url}?data=${encodeURIComponent(file)}` : server.url;
  const results = [];
  let last = null;
  const started = Date.now();
  for (let i = 0; i < loads; i += 1) {
    const final = i === loads - 1 || (i >= 2 && Date.now() - started > LOAD_BUDGET);
    const { result, page, context } = await measureLoad(browser, url, { chip, keepOpen: final });
    log(`${label}: load ${i + 1}/${loads}:`, result.error ?? `rendered ${ms(result.rendered)} ms, interactive ${ms(result.interactive)} ms`);
    results.push(result);
    if (page) last = { page, context };
    if (result.error === 'timeout' || final) break; // Another would time out too, or over budget.
  }
  let interactions = { clicks: [], keys: [], steps: [] };
  if (last && key) {
    interactions = await measureInteractions(last.page, {
      chip, letter: key.letter, count: samples,
    });
    log(`${label}: chip clicks ${interactions.clicks.map(ms).join(', ')}; keystrokes ${interactions.keys.map(ms).join(', ')}; slider steps ${interactions.steps.map(ms).join(', ')}`);
    await last.context.close();
  }
  const ok = results.filter((r) => !r.error);
  const errors = [...new Set(results.filter((r) => r.error && r.error !== 'timeout').map((r) => r.error))];
  return {
    label,
    size: dataset.clusters.length,
    loads: results.length,
    samples,
    letter: key,
    rendered: results.map((r) => (r.error ? -1 : r.rendered)),
    interactive: results.map((r) => (r.error ? -1 : r.interactive)),
    heap: ok.length ? median(ok.map((r) => r.heap)) : null,
    wasm: ok.length ? median(ok.map((r) => r.wasm)) : null,
    clicks: interactions.clicks,
    steps: interactions.steps,
    keys: interactions.keys,
    errors,
  };
}

// ---------------------------------------------------------------------------------------------
// First-visit bytes.

/** Compressed sizes of a site file: its precompressed copies when present, else computed at
 *  the same settings (gzip -9, brotli quality 11 with a 16 MiB window). */
function sizes(file) {
  const body = fs.readFileSync(file);
  const copy = (ext, make) => {
    const c = `${file}.${ext}`;
    return fs.existsSync(c) ? { bytes: fs.statSync(c).size, precompressed: true } : { bytes: make(body).length, precompressed: false };
  };
  const gzip = copy('gz', (b) => zlib.gzipSync(b, { level: 9 }));
  const brotli = copy('br', (b) => zlib.brotliCompressSync(b, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }));
  // A host sends the raw file when the compressed one would not be smaller.
  return { raw: body.length, gzip: Math.min(gzip.bytes, body.length), brotli: Math.min(brotli.bytes, body.length), precompressed: gzip.precompressed && brotli.precompressed };
}

/** What one first visit downloaded: every file served during that load (from the server's
 *  log), with its raw, gzip -9 and brotli sizes and the bytes the server actually sent. */
function visitBytes(requests, root = SITE) {
  const seen = new Set();
  const rows = [];
  for (const request of requests) {
    if (request.status !== 200 || seen.has(request.path)) continue;
    seen.add(request.path);
    const file = path.join(root, request.path);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
    rows.push({ name: request.path, what: describe(request.path), sent: request.bytes, encoding: request.encoding, ...sizes(file) });
  }
  const order = ['page', 'loader', 'app', 'library', 'style', 'data', 'other'];
  rows.sort((a, b) => order.indexOf(a.what.kind) - order.indexOf(b.what.kind) || b.raw - a.raw);
  return rows;
}

/** What loads on demand, after the first visit: each other language's texts (one request when
 *  it is first shown, issue 21: at most 12 KB gzip), the picture module and its worker (the
 *  first map image or Print, issue 22). Read from the built files, not from a visit. */
function onDemandBytes() {
  const files = [
    ...fs.readdirSync(path.join(SITE, 'i18n')).filter((f) => f.endsWith('.json')).sort()
      .map((f) => ({ name: `i18n/${f}`, text: `texts in ${f.slice(0, -5)}` })),
    { name: 'pictures.js', text: 'picture module (saving, PNG, print)' },
    { name: 'picture_loader.js', text: 'picture worker (loader)' },
    { name: 'picture.js', text: 'picture worker (wasm-bindgen JS glue)' },
    { name: 'picture_bg.wasm', text: 'picture worker (wasm)' },
  ];
  return files.filter((f) => fs.existsSync(path.join(SITE, f.name)))
    .map((f) => ({ name: f.name, what: { text: f.text }, sent: 0, encoding: 'identity', ...sizes(path.join(SITE, f.name)) }));
}

function describe(name) {
  if (name === 'index.html') return { kind: 'page', text: 'page' };
  if (name === 'plain/index.html') return { kind: 'page', text: 'page' };
  if (name === 'boot.js') return { kind: 'loader', text: 'loader' };
  if (/^shell-[0-9a-f]+\.js$/.test(name)) return { kind: 'loader', text: 'loader (the shell\'s language and layout)' };
  if (name === 'plain/plain.js') return { kind: 'app', text: 'app (hand-written JS)' };
  if (name.endsWith('_bg.wasm')) return { kind: 'app', text: 'app (wasm)' };
  if (/^poles-[0-9a-f]+\.js$/.test(name)) return { kind: 'app', text: 'app (wasm-bindgen JS glue)' };
  if (name.startsWith('leaflet.markercluster')) return { kind: 'library', text: 'Leaflet.markercluster' };
  if (/^(plain\/)?leaflet(-[0-9a-f]+)?\.js$/.test(name)) return { kind: 'library', text: 'Leaflet' };
  if (name.endsWith('.css')) return { kind: 'style', text: 'style' };
  if (name.startsWith('data/')) return { kind: 'data', text: 'data' };
  return { kind: 'other', text: 'other' };
}

const total = (rows, key) => rows.reduce((s, r) => s + r[key], 0);

/** A file name without Trunk's content hash (to compare builds). */
const unhashed = (name) => name.replace(/-[0-9a-f]{12,16}(?=(_bg)?\.)/, '');
// ---------------------------------------------------------------------------------------------
// Profiling (--profile): where the time goes with the real data and at the largest size.

/** Self time by function of a CPU profile, aggregated by name and script:
 *  [{ name, script, ms }], largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    const script = f.url ? path.basename(f.url.split('?')[0]) : '';
    const wasm = script.endsWith('.wasm');
    const where = script ? ` [${script}${wasm ? '' : `:${f.lineNumber + 1}`}]` : '';
    const name = `${rustName(f.functionName) || '(anonymous)'}${where}`;
    const entry = self.get(name) ?? { name, script: wasm ? 'wasm' : script || name, ms: 0 };
    entry.ms += dt;
    self.set(name, entry);
  }
  return [...self.values()].sort((a, b) => b.ms - a.ms);
}

/**
 * Inclusive time of the app's own functions (Rust `poles…`, and Leaflet.markercluster's batch
 * entry points): each sample counts once for every such function on its stack.
 */
function inclusiveTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const wanted = (f) => /^poles(_model)?::/.test(f) || ['addLayers', 'removeLayers', 'clearLayers'].includes(f);
  const totals = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = rustName(byId.get(id).callFrame.functionName);
      if (wanted(name) && !seen.has(name)) {
        seen.add(name);
        totals.set(name, (totals.get(name) ?? 0) + dt);
      }
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Self time by script (wasm, glue, Leaflet, ...): [[script, ms]], largest first. */
function byScript(rows) {
  const totals = new Map();
  for (const { script, ms: t } of rows) totals.set(script, (totals.get(script) ?? 0) + t);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** A Rust function name without its hash and crate disambiguators. */
function rustName(name) {
  return name.replace(/::h[0-9a-f]{16}\b/g, '').replace(/\[[0-9a-f]{16}\]/g, '');
}

/** Main-thread trace events worth a line, and how the report names them. */
const TRACE_EVENTS = {
  EventDispatch: 'DOM event handlers (EventDispatch)',
  FireAnimationFrame: 'animation frame callbacks',
  TimerFire: 'timers',
  'v8.compileModule': 'wasm compile',
  EvaluateScript: 'script evaluation',
  'v8.evaluateModule': 'module evaluation',
  ParseHTML: 'HTML parsing',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  HitTest: 'hit testing',
  MinorGC: 'minor GC',
  MajorGC: 'major GC',
};

/** Wall-clock totals of a few main-thread trace events (of every renderer's main thread). */
function traceTotals(trace) {
  const parsed = JSON.parse(trace);
  const events = parsed.traceEvents ?? parsed;
  const main = new Set(events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}/${e.tid}`));
  const totals = new Map();
  for (const e of events) {
    const label = TRACE_EVENTS[e.name];
    if (!label || e.ph !== 'X' || !e.dur || !main.has(`${e.pid}/${e.tid}`)) continue;
    totals.set(label, (totals.get(label) ?? 0) + e.dur / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * The page to profile: index.html, or, when the wasm before wasm-opt is given and its glue is
 * the one in the site, a copy of it (profile.html) loading that wasm, whose functions have names.
 */
function profilePage() {
  const wasm = opts['named-wasm'];
  const glue = opts['named-glue'];
  if (!wasm || !glue || !fs.existsSync(wasm) || !fs.existsSync(glue)) return { page: '', named: false };
  const index = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const js = index.match(/data-js="\.\/([^"]+)"/)?.[1];
  if (!js || !fs.readFileSync(glue).equals(fs.readFileSync(path.join(SITE, js)))) {
    log('profile: the named wasm is from another build; wasm functions stay unnamed');
    return { page: '', named: false };
  }
  fs.copyFileSync(wasm, path.join(SITE, 'profile_bg.wasm'));
  const page = index
    .replace(/data-wasm="[^"]+"/, 'data-wasm="./profile_bg.wasm"')
    .replace(/<link rel="preload"[^>]*_bg\.wasm"[^>]*>/, '');
  fs.writeFileSync(path.join(SITE, 'profile.html'), page);
  return { page: 'profile.html', named: true };
}

async function profileDataset(browser, server, { file, dataset, clicks }) {
  const chip = `.chips button.chip[data-sector="${dataset.sectors[0].id}"]`;
  const { page: html, named } = profilePage();
  const url = `${server.url}${html}${file ? `?data=${encodeURIComponent(file)}` : ''}`;
  const sections = [named
    ? 'wasm functions are named from the same build before `wasm-opt -Oz` (loaded by a copy of index.html, profile.html); its times are close to the optimized build\'s.\n'
    : 'wasm functions are unnamed (`wasm-function[N]`): the build before wasm-opt was not available.\n'];
  for (const phase of ['load', 'click']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await context.addInitScript(instrument, { chip, probe: phase === 'load', sampleTimeout: SAMPLE_TIMEOUT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    if (phase === 'load') {
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
      await page.goto(url, { waitUntil: 'commit' });
      await until(page, () => window.__bench.interactive !== null, LOAD_TIMEOUT);
    } else {
      await page.goto(url, { waitUntil: 'commit' });
      await until(page, () => window.__bench.rendered !== null, LOAD_TIMEOUT);
      await quiet(page, LOAD_TIMEOUT);
      await page.evaluate(() => { window.__bench.armed = true; });
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
      for (let i = 0; i < clicks; i += 1) {
        await page.click(chip);
        await until(page, () => window.__bench.samples.at(-1)?.done, SAMPLE_TIMEOUT, { every: 50 });
        await quiet(page);
      }
    }
    const trace = (await browser.stopTracing()).toString('utf8');
    const { profile } = await cdp.send('Profiler.stop');
    const functions = selfTimes(profile);
    const total = functions.reduce((sum, f) => sum + f.ms, 0);
    const busy = functions.filter((f) => f.name !== '(idle)').reduce((sum, f) => sum + f.ms, 0);
    const times = await page.evaluate((file) => {
      const data = performance.getEntriesByType('resource').find((r) => r.name.includes(file));
      const b = window.__bench;
      return { data: data?.responseEnd, rendered: b.rendered, interactive: b.interactive };
    }, file).catch(() => ({}));
    const title = phase === 'load' ? 'navigation to interactive' : `${clicks} chip clicks (on, off, …)`;
    sections.push(`### ${group(dataset.clusters.length)} clusters, ${title}: ${ms(busy)} ms busy of ${ms(total)} ms sampled\n`);
    if (phase === 'load' && times.rendered) {
      sections.push(`Dataset downloaded at ${ms(times.data ?? NaN)} ms, rendered at ${ms(times.rendered)} ms, interactive at ${ms(times.interactive)} ms (from navigation start, while profiling).\n`);
    }
    sections.push('Self time by script (CPU profile):\n');
    sections.push('| where | ms | share of busy |\n|---|---:|---:|');
    for (const [where, t] of byScript(functions).filter(([w]) => w !== '(idle)').slice(0, 12)) {
      sections.push(`| ${where} | ${ms(t)} | ${((100 * t) / busy).toFixed(0)}% |`);
    }
    sections.push('\nTop functions by self time:\n');
    sections.push('| function | ms |\n|---|---:|');
    for (const { name, ms: t } of functions.filter((f) => f.name !== '(idle)').slice(0, 25)) {
      sections.push(`| \`${name.replaceAll('|', '\\|')}\` | ${ms(t)} |`);
    }
    sections.push('\nInclusive time of the app\'s functions (Rust `poles…`, markercluster batch calls):\n');
    sections.push('| function | ms |\n|---|---:|');
    for (const [name, t] of inclusiveTimes(profile).slice(0, 20)) {
      sections.push(`| \`${name.replaceAll('|', '\\|')}\` | ${ms(t)} |`);
    }
    sections.push('\nMain-thread trace events (wall time; script time is inside handlers, frames and evaluation):\n');
    sections.push('| event | ms |\n|---|---:|');
    for (const [name, t] of traceTotals(trace).slice(0, 20)) sections.push(`| ${name} | ${ms(t)} |`);
    sections.push('');
    await context.close();
  }
  return sections.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Targets (issue 12) and report.

function gitDescription() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'style', 'model', 'public', 'index.html', 'Cargo.toml', 'Trunk.toml'], { cwd: ROOT }).toString().trim();
    return `${commit}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown commit';
  }
}

const signed = (x, digits = 0) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** The first view's share of `index.html`, gzip -9: the file with and without the block that
 *  `cargo xtask pages` writes between its markers (xtask/src/render/first_view.rs). */
function firstViewBytes() {
  const html = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const without = html.replace(/\s*<!-- first view \(cargo xtask pages\) -->[\s\S]*?<!-- \/first view -->/g, '');
  if (without === html) return null;
  const gz = (text) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;
  return gz(html) - gz(without);
}

/** The code of a first visit (wasm, JavaScript, CSS): every file but the page and the data. */
const codeBytes = (rows) => total(rows.filter((r) => ['loader', 'app', 'library', 'style'].includes(r.what.kind)), 'gzip');

/**
 * The targets of issue 24 (and those of earlier issues still held: issue 12's first-visit
 * bytes, issue 19's slider step), each with the figure measured and, when it is not met, by
 * how much and why (the why read from the figures, docs/performance.md says more):
 * [{ issue, target, measured, met, margin, why }].
 */
function targets({ lh, bytes, plainBytes, againstBytes, compare, rows }) {
  const out = [];
  const add = (issue, target, measured, met, margin, why = '') => out.push({ issue, target, measured, met, margin, why: met ? '' : why });
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const find = (preset, label = 'atlas') => lh?.find((r) => r.preset === preset && r.label === label && r.runs.length);
  const tbtWhy = 'the app\'s start is tasks of 70–210 ms at 4× CPU, each counted beyond 50 ms: the data read, the first render, the layout of the app\'s page once the first view leaves, the Leaflet maps, the markers, the outlines (docs/performance.md, "The start\'s work"); Leptos mounts a view in one task';
  // Issue 24: names and markers visible, and interactive, beside the plain page.
  for (const [key, name] of [['desktop', 'desktop'], ['phone', 'phone-like: 4× CPU, Slow 4G']]) {
    const c = compare?.[key];
    if (!c || Number.isNaN(c.ratio)) continue;
    add(24, `names and markers visible ≤ 1.0× the plain page (${name})`, `${c.ratio.toFixed(2)}×`, c.ratio <= 1.0, `${signed((1.0 - c.ratio) * 100, 0)} points of the plain page's time to spare`,
      'the first view in index.html is not shown (its span of days is past, or the build has none: `cargo xtask pages`)');
    if (key !== 'desktop') continue;
    const ratio = c.atlas.interactive / c.plain.interactive;
    if (Number.isNaN(ratio)) continue;
    add(24, `interactive (the first chip click that takes effect) ≤ 1.5× the plain page (${name})`, `${ms(c.atlas.interactive)} / ${ms(c.plain.interactive)} ms = ${ratio.toFixed(2)}×`, ratio <= 1.5, `${signed((1.5 - ratio) * 100, 0)} points of the plain page's time to spare`,
      `the first view's chips act from public/shell.js as soon as they show, the app's once it has taken over: a slow first click follows a slow first view (the row of names and markers above), or a first view not shown (an address or a day it does not hold)`);
  }
  // Issue 24: clicks and loads at each size.
  const row = (size) => rows?.find((x) => (size === null ? x.label.includes('data/clusters.json') : x.size === size));
  const med = (values) => median((values ?? []).filter((v) => v >= 0));
  const clickWhy = 'one reactive flush in the click\'s task (the filter; markercluster\'s swap of the groups, which makes the icons of the markers it shows, about 3 ms with the real data; the list\'s rows put back; the chips\' counts, the shading, the legend), then the frame\'s style, layout and paint (about 8 ms); the address is written after the paint (docs/performance.md, "Chip clicks: elements kept", "The address after the paint")';
  for (const [size, limit] of [[null, 16], [10000, 35], [100000, 100]]) {
    const r = row(size);
    if (!r) continue;
    const m = med(r.clicks);
    add(24, `chip click ≤ ${limit} ms (${r.label})`, `${ms(m)} ms`, m <= limit, `${signed(limit - m, 1)} ms to spare`, clickWhy);
  }
  const big = row(100000);
  if (big) {
    const m = med(big.rendered);
    add(24, 'load ≤ 2.0 s (100,000 clusters: navigation → rendered)', `${ms(m)} ms`, m <= 2000, `${signed((2000 - m) / 1000, 2)} s to spare`,
      'the data read is about half of it: the text is read twice (each record\'s extent found first, so that one bad record can be left out, then each record parsed whole and checked: millions of small allocations), then indexed (the search keys folded, 0.36 s); markercluster\'s addLayers about 0.65 s (docs/performance.md, "The 100,000-cluster load"; slim records and search keys built after the first render are the next steps)');
  }
  // Issue 24: Lighthouse, the atlas and a cluster page.
  const pages = (lh ?? []).filter((r) => !r.against && r.runs.length);
  for (const r of pages.filter((x) => x.preset === 'mobile')) {
    const s = r.median.scores;
    const m = r.median.metrics;
    const lcpWhy = r.label === 'atlas' && m.lcp > 1500
      ? `LCP ${(m.lcp / 1000).toFixed(2)} s simulated: with the first view shown, boot.js asks for the app at once, which Lighthouse's simulation counts before the paint (kept for the visitor: the measured paint does not move, and the atlas is interactive 0.5 s sooner on a phone-like load; docs/performance.md, "Fetching early again")`
      : m.lcp > 2500 ? `LCP ${(m.lcp / 1000).toFixed(1)} s: the largest paint is the app's view that replaces the page's content once the wasm has run` : '';
    add(24, `Lighthouse mobile performance ≥ 98 (${r.label})`, `${s.performance}`, s.performance >= 98, `${signed(s.performance - 98)} points`, [m.tbt > 100 ? `TBT ${Math.round(m.tbt)} ms (30 % of the score)` : '', lcpWhy].filter(Boolean).join('; '));
    add(24, `mobile TBT ≤ 100 ms (${r.label})`, `${Math.round(m.tbt)} ms`, m.tbt <= 100, `${signed(100 - m.tbt)} ms to spare`, tbtWhy);
  }
  for (const r of pages) {
    const s = r.median.scores;
    const names = [['accessibility', 'accessibility'], ['best practices', 'best-practices'], ['SEO', 'seo']];
    if (r.preset === 'desktop') names.unshift(['performance', 'performance']);
    for (const [name, key] of names) {
      add(24, `${r.preset} ${name} 100 (${r.label})`, `${s[key]}`, s[key] === 100, s[key] === 100 ? 'kept' : `${signed(s[key] - 100)} points`,
        key === 'seo' && r.extra && !process.env.POLES_SITE_URL ? 'built without POLES_SITE_URL, the page\'s canonical link is relative, which Lighthouse rejects (README, Publishing)' : '');
    }
    const { cls } = r.median.metrics;
    add(24, `CLS 0 (${r.label}, ${r.preset})`, cls.toFixed(3), cls === 0, cls === 0 ? 'exactly 0' : `${cls.toFixed(3)} over`);
  }
  // Issue 24: bytes.
  const prerender = firstViewBytes();
  if (prerender !== null) add(24, 'the first view adds ≤ 15 KB gzip to index.html', kb(prerender), prerender <= 15 * 1024, `${signed((15 * 1024 - prerender) / 1024, 1)} KB to spare`);
  if (bytes && againstBytes) {
    const now = codeBytes(bytes);
    const before = codeBytes(againstBytes);
    add(24, 'the first visit\'s code (wasm, JavaScript, CSS) does not grow (against --against)', `${group(before)} → ${group(now)} B`, now <= before, `${signed(before - now)} B to spare`,
      'the first view\'s styles and its hand-over to Leaflet are in the first visit\'s CSS and wasm; since then, reading the data once (+333 B) and in a task of its own (+440 B) (docs/performance.md, "The first view" and "The start\'s work")');
  }
  // Earlier issues' targets still held.
  if (bytes) {
    const gz = total(bytes, 'gzip');
    add(12, 'first visit ≤ 300 KB gzip', kb(gz), gz <= 300 * 1024, `${signed((300 * 1024 - gz) / 1024, 1)} KB to spare`,
      `the wasm is ${kb(bytes.find((r) => r.name.endsWith('.wasm'))?.gzip ?? 0)} of it, the data ${kb(total(bytes.filter((r) => r.what.kind === 'data'), 'gzip'))}, Leaflet and the styles the rest; Trunk cannot split the wasm (docs/performance.md, Bytes)`);
  }
  for (const [size, limit] of [[null, 16], [100000, 100]]) {
    const r = row(size);
    const steps = (r?.steps ?? []).filter((v) => v >= 0);
    if (steps.length === 0) continue;
    const m = median(steps);
    add(19, `slider step ≤ ${limit} ms (${r.label})`, `${ms(m)} ms`, m <= limit, `${signed(limit - m, 1)} ms to spare`,
      'the step re-selects every cluster at the new day, then the list, markers, chips and shading follow (model/src/filter.rs, Index::select)');
  }
  return out;
}

/** The figures kept in latest.json (and compared with --baseline). */
function figuresOf({ bytes, plainBytes, lh, compare, rows }) {
  return {
    date: new Date().toISOString(),
    commit: gitDescription(),
    bytes: bytes?.map((r) => ({ name: unhashed(r.name), raw: r.raw, gzip: r.gzip, brotli: r.brotli })),
    plainBytes: plainBytes?.map((r) => ({ name: r.name, raw: r.raw, gzip: r.gzip, brotli: r.brotli })),
    lighthouse: lh?.filter((r) => !r.against).map((r) => ({ label: r.label, preset: r.preset, scores: r.median.scores, metrics: r.median.metrics, runs: r.runs.map((x) => x.scores.performance) })),
    compare: compare && Object.fromEntries(Object.entries(compare).map(([k, c]) => [k, { atlas: c.atlas.median, plain: c.plain.median, ratio: c.ratio, atlasInteractive: c.atlas.interactive, plainInteractive: c.plain.interactive }])),
    against: opts.against && {
      site: opts.against,
      lighthouse: lh?.filter((r) => r.label === 'atlas (against)').map((r) => ({ label: 'atlas', preset: r.preset, scores: r.median.scores, metrics: r.median.metrics, runs: r.runs.map((x) => x.scores.performance) })),
      compare: compare && Object.fromEntries(Object.entries(compare).filter(([, c]) => c.before).map(([k, c]) => [k, { atlas: c.before.median, plain: c.plain.median, ratio: c.before.median / c.plain.median }])),
    },
    rows: rows?.map((r) => ({
      label: r.label,
      size: r.size,
      rendered: median(r.rendered.filter((v) => v >= 0)),
      interactive: median(r.interactive.filter((v) => v >= 0)),
      click: median(r.clicks.filter((v) => v >= 0)),
      key: median(r.keys.filter((v) => v >= 0)),
      step: median((r.steps ?? []).filter((v) => v >= 0)),
      heap: r.heap,
      wasm: r.wasm,
    })),
  };
}

/** Before (baseline) and now, for the figures both have. */
function comparison(baseline, now) {
  const lines = [];
  let before = baseline;
  if (baseline) lines.push(`Before: ${baseline.commit}, ${baseline.date.slice(0, 16).replace('T', ' ')} UTC (\`${path.relative(ROOT, opts.baseline)}\`).`);
  if (now.against) {
    // Lighthouse and the plain-page ratios of the --against site come from this same run.
    before = { ...(baseline ?? {}), lighthouse: now.against.lighthouse, compare: now.against.compare };
    lines.push(`Lighthouse and the plain-page ratios "before" are the site \`${now.against.site}\` measured in this same run, interleaved with the current build${baseline ? '; bytes and dataset rows from the baseline file' : ''}.`);
  }
  lines.push('');
  lines.push('| figure | before | now | change |', '|---|---:|---:|---:|');
  const row = (name, a, b, unit = '', digits = 0) => {
    if (a == null || b == null || Number.isNaN(a) || Number.isNaN(b)) return;
    lines.push(`| ${name} | ${a.toFixed(digits)}${unit} | ${b.toFixed(digits)}${unit} | ${signed(b - a, digits)}${unit} |`);
  };
  if (before.bytes && now.bytes) {
    const names = [...new Set([...before.bytes, ...now.bytes].map((r) => r.name))];
    for (const name of names) {
      const a = before.bytes.find((r) => r.name === name);
      const b = now.bytes.find((r) => r.name === name);
      row(`${name}, gzip bytes`, a?.gzip ?? 0, b?.gzip ?? 0);
    }
    row('**first visit, gzip bytes**', total(before.bytes, 'gzip'), total(now.bytes, 'gzip'));
    row('first visit, brotli bytes', total(before.bytes, 'brotli'), total(now.bytes, 'brotli'));
  }
  for (const r of now.lighthouse ?? []) {
    const a = before.lighthouse?.find((x) => x.label === r.label && x.preset === r.preset);
    if (!a) continue;
    row(`Lighthouse ${r.label} ${r.preset}: performance`, a.scores.performance, r.scores.performance);
    row(`Lighthouse ${r.label} ${r.preset}: LCP`, a.metrics.lcp / 1000, r.metrics.lcp / 1000, ' s', 2);
    row(`Lighthouse ${r.label} ${r.preset}: TBT`, a.metrics.tbt, r.metrics.tbt, ' ms');
  }
  for (const key of ['desktop', 'phone']) {
    row(`atlas / plain page (${key})`, before.compare?.[key]?.ratio, now.compare?.[key]?.ratio, '×', 2);
  }
  for (const r of now.rows ?? []) {
    const a = before.rows?.find((x) => x.size === r.size);
    if (!a || r.size < 10000) continue;
    row(`${r.label}: rendered`, a.rendered, r.rendered, ' ms');
    row(`${r.label}: interactive`, a.interactive, r.interactive, ' ms');
    row(`${r.label}: chip click`, a.click, r.click, ' ms');
    row(`${r.label}: keystroke`, a.key, r.key, ' ms');
  }
  return lines.join('\n');
}

function bytesTable(rows, { sentHeader }) {
  const lines = [];
  lines.push(`| file | what | raw bytes | gzip -9 bytes | brotli -q 11 bytes | sent (${sentHeader}) |`);
  lines.push('|---|---|---:|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.name} | ${r.what.text} | ${group(r.raw)} | ${group(r.gzip)} | ${group(r.brotli)} | ${group(r.sent)} ${r.encoding === 'identity' ? '' : r.encoding} |`);
  lines.push(`| **total** | ${rows.length} files | **${group(total(rows, 'raw'))}** | **${group(total(rows, 'gzip'))}** | **${group(total(rows, 'brotli'))}** | ${group(total(rows, 'sent'))} |`);
  return lines.join('\n');
}

function report(r) {
  const { bytes, plainBytes, rows, browserVersion, datasets, profiles, load, lh, compare, phoneWaterfalls, warnings, baseline, figures } = r;
  const lines = [];
  lines.push(`# Pôles benchmark${LIGHTHOUSE_ONLY ? ' (Lighthouse only)' : ''}`);
  lines.push('');
  lines.push(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${gitDescription()}, Chromium ${browserVersion}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), node ${process.version}; load average ${load.start} at the start, ${os.loadavg()[0].toFixed(1)} at the end (other work on the machine slows every number; compare figures of the same run, and the ratios, before absolute times). Served by tests/bench/server.mjs: ${opts.encoding} where the browser accepts it, the README's CSP, cache headers as in README "Deploying".`);
  lines.push('');
  const goals = targets({ lh, bytes, plainBytes, againstBytes: r.againstBytes, compare, rows });
  if (goals.length) {
    lines.push('## Targets');
    lines.push('');
    lines.push('| issue | target | measured | met | margin | why, when not met |');
    lines.push('|---:|---|---:|:---:|---|---|');
    for (const g of goals) lines.push(`| ${g.issue} | ${g.target} | ${g.measured} | ${g.met ? 'yes' : '**no**'} | ${g.margin} | ${g.why} |`);
    lines.push('');
  }
  if (baseline || figures.against) {
    lines.push('## Before and after');
    lines.push('');
    lines.push(comparison(baseline, figures));
    lines.push('');
  }
  if (bytes) {
    lines.push('## First visit: bytes downloaded');
    lines.push('');
    lines.push('The atlas (every file the browser asked for during one fresh load of the real dataset):');
    lines.push('');
    lines.push(bytesTable(bytes, { sentHeader: opts.encoding }));
    lines.push('');
    lines.push('The plain Leaflet page (tests/bench/plain/), same data:');
    lines.push('');
    lines.push(bytesTable(plainBytes, { sentHeader: opts.encoding }));
    lines.push('');
    const pre = bytes.filter((b) => b.precompressed).length;
    lines.push(`gzip and brotli columns: the \`.gz\`/\`.br\` copies \`cargo xtask build\` wrote (${pre} of ${bytes.length} files; the others computed at the same settings, or raw when not smaller).`);
    lines.push('');
    lines.push('Loaded on demand, not by the first visit (each language\'s texts when it is first shown, at most 12 KB gzip each; the picture worker for the first map image or Print):');
    lines.push('');
    lines.push(bytesTable(onDemandBytes(), { sentHeader: 'not in the visit' }));
    lines.push('');
  }
  if (compare) {
    lines.push('## Atlas against a plain Leaflet page: navigation → names and markers visible, and the first chip click in effect');
    lines.push('');
    const against = Object.values(compare).some((c) => c.before);
    lines.push(`| conditions | loads each | atlas median (min–max) ms | plain page median (min–max) ms | ratio |${against ? ' atlas before (--against) ms | ratio before |' : ''}`);
    lines.push(`|---|---:|---:|---:|---:|${against ? '---:|---:|' : ''}`);
    for (const [key, name] of [['desktop', 'desktop 1440×900, unthrottled'], ['phone', 'phone-like 412×823, 4× CPU, Slow 4G (562 ms latency, 1.47 Mbps)']]) {
      const c = compare[key];
      if (!c) continue;
      const cell = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})${s.failed ? `, ${s.failed} failed` : ''}`;
      const before = c.before ? ` ${cell(c.before)} | ${(c.before.median / c.plain.median).toFixed(2)}× |` : '';
      lines.push(`| ${name} | ${c.atlas.n} | ${cell(c.atlas)} | ${cell(c.plain)} | **${c.ratio.toFixed(2)}×** |${before}`);
    }
    lines.push('');
    lines.push('The first chip click that takes effect (navigation → the end of the first frame whose list differs from the one before the click; the probe clicks the first sector\'s chip in the first frame that shows one, once names and markers are visible), median:');
    lines.push('');
    lines.push('| conditions | atlas ms | plain page ms | ratio |', '|---|---:|---:|---:|');
    for (const [key, name] of [['desktop', 'desktop'], ['phone', 'phone-like']]) {
      const c = compare[key];
      if (c) lines.push(`| ${name} | ${ms(c.atlas.interactive)} | ${ms(c.plain.interactive)} | ${(c.atlas.interactive / c.plain.interactive).toFixed(2)}× |`);
    }
    lines.push('');
    lines.push('Loads alternate (atlas, plain, plain, atlas, ...), each in a fresh browser context (empty cache), same server and browser. "Visible": the end of the first frame in which a list name and a map marker are both in the DOM (checked every animation frame by an init script, same code for both pages). The plain page is hand-written: Leaflet, deferred scripts, both files fetched at once when its script runs, one divIcon marker per current cluster, region outlines, sector buttons and a list.');
    lines.push('');
    lines.push(`Console warnings and errors about preloads over all these loads of the atlas and the plain page: ${warnings.length ? warnings.map((w) => `\`${w}\``).join('; ') : 'none'}.${r.againstWarnings ? ` Of the --against atlas: ${r.againstWarnings.length ? r.againstWarnings.map((w) => `\`${w}\``).join('; ') : 'none'}.` : ''}`);
    lines.push('');
    const names = { atlas: 'the atlas', plain: 'the plain page', before: 'the atlas before (--against)' };
    for (const [kind, w] of Object.entries(phoneWaterfalls ?? {})) {
      if (!w) continue;
      lines.push(`Waterfall of ${names[kind]}, phone-like load closest to the median (Resource Timing, ms from navigation start):`);
      lines.push('');
      lines.push(w);
      lines.push('');
    }
  }
  if (r.traces) {
    lines.push('## What the main thread does in a phone-like first load (Chromium trace)');
    lines.push('');
    lines.push('The atlas:');
    lines.push('');
    lines.push(r.traces.atlas);
    lines.push('');
    lines.push('The plain page:');
    lines.push('');
    lines.push(r.traces.plain);
    lines.push('');
  }
  if (lh) {
    lines.push(`## Lighthouse ${lh[0]?.runs.length ? '' : '(no successful run) '}(12.2.3, median of ${LIGHTHOUSE_RUNS})`);
    lines.push('');
    lines.push(lighthouseTable(lh));
    lines.push('');
    const index = lh.find((x) => !Number.isNaN(x.benchmarkIndex))?.benchmarkIndex;
    lines.push(`Lighthouse simulates a mid-range phone (mobile: 4× CPU slowdown, 150 ms RTT, 1.6 Mbps) or a desktop from an unthrottled load; this machine's benchmark index: ${index ? Math.round(index) : 'n/a'}. ${[...new Set(lh.flatMap((x) => x.warnings))].map((w) => `Warning: ${w}`).join(' ')}`);
    lines.push('');
    for (const res of lh.filter((x) => x.preset === 'mobile')) lines.push(lighthouseDiagnostics(res, res.against ? r.againstOrigin : r.origin));
  }
  if (rows) {
    lines.push('## Load, interaction and memory');
    lines.push('');
    lines.push('| dataset size | rendered median/worst ms | interactive median/worst ms | chip click median/worst ms | keystroke median/worst ms | slider step median/worst ms | JS heap MB | wasm memory MB |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      const heap = row.heap == null ? 'n/a' : mb(row.heap);
      const wasm = row.wasm == null ? 'n/a' : mb(row.wasm);
      lines.push(`| ${row.label} | ${stat(row.rendered)} | ${stat(row.interactive)} | ${stat(row.clicks)} | ${stat(row.keys)} | ${stat(row.steps ?? [])} | ${heap} | ${wasm} |`);
    }
    lines.push('');
    lines.push('How to read it:');
    lines.push(`- Each load is a fresh browser context (empty cache) against the release build served on 127.0.0.1 (${opts.encoding}, no network delay or throttling), viewport 1440×900; times are from navigation start.`);
    lines.push('- **rendered**: the `poles:rendered` performance mark (markers and list shown for the first time).');
    lines.push('- **interactive**: the page clicks the first sector chip as soon as it observes `poles:rendered` (a PerformanceObserver callback, so it waits for any task still running); interactive is when that click\'s `poles:updated` mark has been followed by a rendered frame.');
    lines.push('- **chip click** / **keystroke**: from `performance.now()` in a capture-phase `click` (on a real mouse click on the chip, toggling it off and on) / `input` listener (a real key press in `#search`, typing one letter then erasing it, with all sectors shown) to the end of the first frame after the next `poles:updated` mark (a `requestAnimationFrame` callback, then a posted message, so the frame\'s style, layout and paint are included). Map, list and counts update in the same reactive flush as that mark.');
    lines.push('- **JS heap**: `performance.memory.usedJSHeapSize` (with `--enable-precise-memory-info`) after a forced GC, once the load is quiet (the region outlines drawn, then an idle period of the main thread). **wasm memory**: `byteLength` of the wasm instance\'s exported `WebAssembly.Memory` (captured by wrapping `WebAssembly.instantiateStreaming`); it never shrinks, so it is the peak. Medians over the loads.');
    for (const row of rows) {
      const notes = [`${row.loads} loads`, `${row.clicks.length} chip clicks`, `${row.keys.length} keystrokes`];
      if (row.letter) notes.push(`letter "${row.letter.letter}" (matches ${(100 * row.letter.share).toFixed(0)}% of current clusters)`);
      const file = datasets.get(row.label);
      if (file) notes.push(`file ${kb(file.raw)} (gzip -6: ${kb(file.gzip)})`);
      if (row.errors.length) notes.push(`errors: ${row.errors.join('; ')}`);
      lines.push(`- ${row.label}: ${notes.join(', ')}.`);
    }
    lines.push(`- ${LOADS} loads per dataset, but no load starts after 3 once ${LOAD_BUDGET / 1000} s went into loading one dataset (a slow machine); ${SAMPLES} interaction samples each, ${LARGE_SAMPLES} from ${group(LARGE)} clusters. A load waits at most ${LOAD_TIMEOUT / 1000} s and an interaction ${SAMPLE_TIMEOUT / 1000} s, then counts as "timeout" (a load timing out ends that dataset's loads).`);
    lines.push('- Synthetic datasets: `cargo xtask synth N --seed 1` (same vocabulary, regions and sources as data/clusters.json).');
  }
  if (profiles) {
    lines.push('');
    lines.push('## Profile (--profile)');
    lines.push('');
    lines.push(...profiles);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

/** Pages Lighthouse audits: the atlas, one generated cluster page when the build has them
 *  (clusters/<id>/index.html, first by name), and every --audit path. */
function auditTargets(server) {
  const targets = [{ label: 'atlas', slug: 'atlas', url: server.url }];
  if (againstServer) targets.push({ label: 'atlas (against)', slug: 'against', url: againstServer.url, against: true });
  const extra = [...opts.audit];
  const clusters = path.join(SITE, 'clusters');
  if (fs.existsSync(clusters)) {
    const first = fs.readdirSync(clusters).sort().find((d) => fs.existsSync(path.join(clusters, d, 'index.html')));
    if (first && !extra.some((a) => a.replace(/^\/+/, '').startsWith(`clusters/${first}`))) extra.unshift(`clusters/${first}/`);
  }
  for (const a of extra) {
    const relative = a.replace(/^\/+/, '');
    targets.push({ label: relative, slug: relative.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'page', url: server.url + relative, extra: true });
  }
  return targets;
}

const load = { start: os.loadavg()[0].toFixed(1) };
const real = JSON.parse(fs.readFileSync(path.join(SITE, 'data', 'clusters.json'), 'utf8'));
const server = await serveSite({ root: SITE, encoding: opts.encoding });
const againstServer = opts.against ? await serveSite({ root: path.resolve(opts.against), encoding: opts.encoding }) : null;
const result = { load, datasets: new Map(), origin: server.origin, againstOrigin: againstServer?.origin, warnings: [] };
let browser = null;
try {
  if (!LIGHTHOUSE_ONLY) {
    const synthetic = SIZES.map((size) => `bench-${size}.json`).filter((f) => fs.existsSync(path.join(SITE, f)));
    log(`compressing ${synthetic.join(', ')} ahead of the loads`);
    await server.warm(synthetic);
    browser = await launch({ extraArgs: MEMORY_FLAGS });
    result.browserVersion = browser.version();
    const plainUrl = `${server.url}plain/`;
    // First visits (also a warm-up of the server and the browser).
    const atlasVisit = await loadOnce(browser, server, { url: server.url, page: 'atlas' });
    const plainVisit = await loadOnce(browser, server, { url: plainUrl, page: 'plain' });
    if (atlasVisit.error || plainVisit.error) throw new Error(`first visit failed: atlas ${atlasVisit.error ?? 'ok'}, plain page ${plainVisit.error ?? 'ok'}`);
    result.bytes = visitBytes(atlasVisit.requests);
    result.plainBytes = visitBytes(plainVisit.requests);
    if (againstServer) {
      const againstVisit = await loadOnce(browser, againstServer, { url: againstServer.url, page: 'atlas' });
      if (againstVisit.error) throw new Error(`first visit of --against failed: ${againstVisit.error}`);
      result.againstBytes = visitBytes(againstVisit.requests, path.resolve(opts.against));
    }
    // Atlas against the plain page, interleaved.
    const pages = [
      { key: 'atlas', url: server.url, page: 'atlas', server },
      { key: 'plain', url: plainUrl, page: 'plain', server },
    ];
    if (againstServer) pages.push({ key: 'before', url: againstServer.url, page: 'atlas', server: againstServer });
    const desktop = await interleaved(browser, { pages, loads: COMPARE_LOADS, log });
    const phone = PHONE_LOADS ? await interleaved(browser, { pages, loads: PHONE_LOADS, phone: true, log }) : null;
    result.compare = {};
    for (const [key, runs] of Object.entries({ desktop, phone })) {
      if (!runs) continue;
      const atlas = summary(runs.atlas);
      const plain = summary(runs.plain);
      result.compare[key] = { atlas, plain, ratio: atlas.median / plain.median, before: runs.before && summary(runs.before) };
    }
    if (phone) {
      result.phoneWaterfalls = Object.fromEntries(pages.map(({ key, server: s }) => {
        const m = medianLoad(phone[key]);
        return [key, m && waterfall(m, s.origin)];
      }));
    }
    if (PHONE_LOADS) {
      result.traces = {
        atlas: await tracedLoad(browser, server, { url: server.url, page: 'atlas' }),
        plain: await tracedLoad(browser, server, { url: plainUrl, page: 'plain' }),
      };
    }
    result.warnings = preloadWarnings([atlasVisit, plainVisit, ...desktop.atlas, ...desktop.plain, ...(phone?.atlas ?? []), ...(phone?.plain ?? [])]);
    if (againstServer) result.againstWarnings = preloadWarnings([...desktop.before, ...(phone?.before ?? [])]);
    // Dataset sizes.
    result.rows = [];
    result.rows.push(await measureDataset(browser, server, { label: `${real.clusters.length} (data/clusters.json)`, file: null, size: real.clusters.length, dataset: real }));
    if (opts.profile) {
      log('profiling the real data');
      result.profiles = [await profileDataset(browser, server, { file: null, dataset: real, clicks: 20 })];
    }
    for (const size of SIZES) {
      const file = `bench-${size}.json`;
      const body = fs.readFileSync(path.join(SITE, file));
      const dataset = JSON.parse(body.toString('utf8'));
      const label = group(size);
      result.datasets.set(label, { raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length });
      result.rows.push(await measureDataset(browser, server, { label, file, size, dataset }));
      if (opts.profile && size === Math.max(...SIZES)) {
        log(`profiling ${label}`);
        result.profiles.push(await profileDataset(browser, server, { file, dataset, clicks: 2 }));
      }
    }
    await browser.close();
    browser = null;
  }
  if (LIGHTHOUSE) {
    // One heavy thing at a time: Lighthouse runs after the other measurements, alone.
    result.lh = await lighthouse({
      root: ROOT, targets: auditTargets(server), runs: LIGHTHOUSE_RUNS, dir: path.join(path.dirname(opts.out), 'lighthouse'), log,
    });
    result.browserVersion ??= result.lh.find((x) => x.medianRun)?.medianRun.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown';
  }
  result.figures = figuresOf(result);
  if (fs.existsSync(opts.baseline)) result.baseline = JSON.parse(fs.readFileSync(opts.baseline, 'utf8'));
  const text = report(result);
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, text);
  fs.writeFileSync(opts.out.replace(/\.md$/, '') + '.json', `${JSON.stringify(result.figures, null, 2)}\n`);
  process.stdout.write(text);
  log(`written to ${path.relative(ROOT, opts.out)} and its .json`);
} finally {
  await browser?.close();
  await server.close();
  await againstServer?.close();
}
