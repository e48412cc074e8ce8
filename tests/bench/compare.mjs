// Atlas against the plain Leaflet page (tests/bench/plain/): navigation → names and markers
// visible, for both pages in the same run, on the same server (gzip, CSP), with the same
// browser flags, loads interleaved (atlas, plain, plain, atlas, ...) so that other work on the
// machine falls on both alike. Also the first visit's bytes and the waterfall of each page.

/** The DOM that means "names and markers visible" on each page. */
export const PAGES = {
  // The first view's names and dots (index.html, issue 24) count: they are the page's own.
  // `chip`: the first sector's button, clicked as soon as it is shown (the "interactive" probe).
  atlas: { names: '.cluster-list li.cluster-item', markers: '.poles-marker, .poles-cluster, .first-map .marks', chip: '.chips button.chip[data-sector]' },
  plain: { names: '.plain-list li', markers: '.plain-marker', chip: '.sectors button[data-sector]' },
};

/** Lighthouse's "Slow 4G" mobile throttling as DevTools applies it (Lighthouse 12 constants). */
export const PHONE = {
  network: { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 },
  cpu: 4,
  viewport: { width: 412, height: 823 },
};

/**
 * Installed in every page: from the first animation frame, checks each frame for names and
 * markers in the DOM; `visible` is the end of the first frame that has both (a message posted
 * from that frame's animation callback arrives after its style, layout and paint). With
 * `interact`, it then clicks the first sector chip in the first frame that shows one (`clicked`),
 * and `interactive` is the end of the first frame whose list differs from the one before the
 * click: the first chip click that takes effect, as a visitor sees it.
 */
function probe({ names, markers, chip, interact = false }) {
  const p = { visible: null, lcp: null, clicked: null, interactive: null };
  window.__visible = p;
  const describe = (el) => {
    if (!el) return '(removed from the page)';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  };
  new PerformanceObserver((list) => {
    const e = list.getEntries().at(-1);
    p.lcp = { time: e.startTime, size: e.size, element: describe(e.element) };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  /** Calls `done` with the time at the end of the current frame. */
  const afterFrame = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  };
  // Shown, not only in the DOM (a first view hidden for the address does not count).
  const shownAll = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
  const shown = (selector) => shownAll(selector).length > 0;
  const list = () => shownAll(names).map((el) => el.textContent).join('\n');
  const click = () => {
    const button = shownAll(chip)[0];
    if (!button) {
      requestAnimationFrame(click);
      return;
    }
    const before = list();
    p.clicked = performance.now();
    button.click();
    const effect = () => {
      if (list() !== before) afterFrame((t) => { p.interactive = t; });
      else requestAnimationFrame(effect);
    };
    requestAnimationFrame(effect);
  };
  const check = () => {
    if (shown(names) && shown(markers)) {
      afterFrame((t) => { p.visible = t; });
      if (interact) requestAnimationFrame(click);
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Chromium warns of a preloaded file still unused this long after the window's load event
 *  ("preloaded but not used within a few seconds"). */
const PRELOAD_WARNING_MS = 3000;
/** How long after names and markers are visible the traced load's tasks are read, in ms. */
const TRACED_AFTER_VISIBLE = 200;

/**
 * Waits until the page's own clock is `ms` past its load event, plus a frame: an observation
 * window for what Chromium reports only after a delay (its preload warnings), measured from
 * the event it counts from rather than guessed in node.
 */
function pastLoad(page, ms, timeout) {
  return page.waitForFunction((after) => {
    const load = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
    return load > 0 && performance.now() >= load + after;
  }, ms, { timeout, polling: 'raf' });
}
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * One fresh load (new context, empty cache) of `url`; returns { visible, resources, warnings,
 * requests } or { error }. `phone` applies the throttling and viewport of PHONE.
 */
export async function loadOnce(browser, server, { url, page: kind, phone = false, timeout = 60000 }) {
  const context = await browser.newContext({
    viewport: phone ? PHONE.viewport : { width: 1440, height: 900 },
    locale: 'en-US',
  });
  await context.addInitScript(probe, { ...PAGES[kind], interact: true });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') messages.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  }
  const first = server.requests.length;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__visible?.visible !== null, null, { timeout, polling: 100 });
    await page.waitForFunction(() => window.__visible.interactive !== null, null, { timeout, polling: 100 });
    // Late requests (region outlines, icons) and preload warnings ("preloaded but not used
    // within a few seconds from the window's load event") come after the first paint.
    await page.waitForLoadState('load', { timeout });
    await pastLoad(page, PRELOAD_WARNING_MS + (phone ? 1000 : 500), timeout);
    const result = await page.evaluate(() => ({
      visible: window.__visible.visible,
      interactive: window.__visible.interactive,
      lcp: window.__visible.lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: r.name, start: r.startTime, end: r.responseEnd, transfer: r.transferSize, initiator: r.initiatorType,
      })),
      navigationEnd: performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0,
    }));
    result.console = messages;
    result.requests = server.requests.slice(first);
    return result;
  } catch (error) {
    return { error: String(error.message ?? error).split("\n")[0], console: messages };
  } finally {
    await context.close();
  }
}

/**
 * Interleaved loads: `loads` of each page of `pages` ([{ key, url, page, server }]), the order
 * rotating each round (A B, B A; or A B C, B C A, C A B). Returns { key: [result] }.
 */
export async function interleaved(browser, { pages, loads, phone = false, log }) {
  const out = Object.fromEntries(pages.map((p) => [p.key, []]));
  for (let i = 0; i < loads; i += 1) {
    const order = pages.map((_, j) => pages[(i + j) % pages.length]);
    for (const p of order) {
      const r = await loadOnce(browser, p.server, { url: p.url, page: p.page, phone });
      out[p.key].push(r);
      log(`${phone ? 'phone-like' : 'desktop'} ${p.key} load ${i + 1}/${loads}: ${r.error ?? `names and markers visible at ${Math.round(r.visible)} ms, first chip click in effect at ${Math.round(r.interactive)} ms`}`);
    }
  }
  return out;
}

/** Median visible time of a list of loads (failed loads left out), how many failed, and the
 *  median time to the first chip click that takes effect (`interactive`). */
export function summary(results) {
  const ok = results.filter((r) => !r.error);
  return {
    median: median(ok.map((r) => r.visible)),
    min: Math.min(...ok.map((r) => r.visible)),
    max: Math.max(...ok.map((r) => r.visible)),
    interactive: median(ok.map((r) => r.interactive)),
    n: ok.length,
    failed: results.length - ok.length,
  };
}

/** The load of a list closest to its median (for its waterfall). */
export function medianLoad(results) {
  const ok = results.filter((r) => !r.error);
  const m = median(ok.map((r) => r.visible));
  return ok.sort((a, b) => Math.abs(a.visible - m) - Math.abs(b.visible - m))[0] ?? null;
}

/**
 * The waterfall of one load (Resource Timing, ms from navigation start), with a note for a
 * file fetched twice (a preload that was not used).
 */
export function waterfall(result, origin) {
  const rows = ['| file | requested by | start ms | end ms | transferred |', '|---|---|---:|---:|---:|'];
  rows.push(`| (page) | navigation | 0 | ${Math.round(result.navigationEnd)} | |`);
  const counts = new Map();
  for (const r of result.resources) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  for (const r of [...result.resources].sort((a, b) => a.start - b.start)) {
    const name = r.name.startsWith(origin) ? r.name.slice(origin.length + 1) : r.name;
    const twice = counts.get(r.name) > 1 ? ' **(fetched twice)**' : '';
    rows.push(`| ${name.length > 50 ? `${name.slice(0, 47)}…` : name}${twice} | ${r.initiator} | ${Math.round(r.start)} | ${Math.round(r.end)} | ${r.transfer ? `${(r.transfer / 1024).toFixed(1)} kB` : 'cache/0'} |`);
  }
  rows.push(`| **names and markers visible** | | | ${Math.round(result.visible)} | |`);
  const lcp = result.lcp ? `${Math.round(result.lcp.time)} ms, element \`${result.lcp.element.replaceAll('|', '\\|')}\`` : 'n/a';
  rows.push('', `First contentful paint ${result.fcp == null ? 'n/a' : `${Math.round(result.fcp)} ms`}; largest contentful paint ${lcp}.`);
  return rows.join('\n');
}

/** Console warnings and errors about preloads over a list of loads (deduplicated). */
export function preloadWarnings(results) {
  return [...new Set(results.flatMap((r) => r.console ?? []).filter((m) => /preload/i.test(m)))];
}

/** Main-thread trace events worth naming in the first-load summary. */
const KINDS = {
  'v8.compileModule': 'script compile (module)', 'v8.compile': 'script compile', EvaluateScript: 'script evaluation',
  'v8.evaluateModule': 'module evaluation', FunctionCall: 'JS function call', TimerFire: 'timer', EventDispatch: 'DOM event',
  FireAnimationFrame: 'animation frame', RunMicrotasks: 'microtasks', 'v8.wasm.compiledModule': 'wasm compiled',
  'v8.wasm.streamFromResponseCallback': 'wasm streaming', 'v8.wasm.finishedStreaming': 'wasm finished streaming',
  UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'pre-paint', Paint: 'paint', Layerize: 'layerize',
  ParseHTML: 'HTML parsing', ParseAuthorStyleSheet: 'CSS parsing', MinorGC: 'minor GC', MajorGC: 'major GC',
  'wasm.CompileLazy': 'wasm lazy compile', 'wasm.OnBytesReceived': 'wasm streaming compile',
  'v8.wasm.compileConsume': 'wasm compile (cached)',
};

/**
 * One phone-like load of `url` under a Chromium trace: the main thread's long tasks (over
 * 50 ms, wall time under the 4× CPU throttle) until names and markers are visible, each with
 * what filled it, and the totals by kind of work. Returns Markdown.
 */
export async function tracedLoad(browser, server, { url, page: kind }) {
  const context = await browser.newContext({ viewport: PHONE.viewport, locale: 'en-US' });
  await context.addInitScript(probe, PAGES[kind]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'] });
  let visible = null;
  let trace = '{}';
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__visible?.visible !== null, null, { timeout: 60000, polling: 100 });
    visible = await page.evaluate(() => window.__visible.visible);
    // The trace must hold the window read below, up to TRACED_AFTER_VISIBLE ms after `visible`:
    // wait until the page's clock is past it and a frame has been drawn (its tasks are done).
    await page.waitForFunction((end) => performance.now() >= end, visible + TRACED_AFTER_VISIBLE, { timeout: 60000, polling: 'raf' });
  } finally {
    trace = (await browser.stopTracing()).toString('utf8');
    await context.close();
  }
  const events = JSON.parse(trace).traceEvents ?? [];
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'ParseHTML'));
  if (!main) return 'No renderer main thread in the trace.';
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(server.origin))?.ts
    ?? Math.min(...events.filter((e) => e.pid === main.pid && e.ts > 0).map((e) => e.ts));
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const end = nav + ((visible ?? 0) + TRACED_AFTER_VISIBLE) * 1000;
  const tasks = mine.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= nav && e.ts <= end);
  const inside = (t) => mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && KINDS[e.name]);
  const label = (e) => {
    const d = e.args?.data ?? e.args?.beginData ?? {};
    const where = d.url ? ` ${d.url.split('/').pop().split('?')[0]}` : d.functionName ? ` ${d.functionName}` : d.type ? ` ${d.type}` : '';
    return `${KINDS[e.name]}${where}`;
  };
  const lines = ['| start ms | task ms | what (largest events inside, ms) |', '|---:|---:|---|'];
  let blocking = 0;
  for (const t of tasks.filter((x) => x.dur > 50000).sort((a, b) => a.ts - b.ts)) {
    blocking += t.dur / 1000 - 50;
    const top = inside(t).sort((a, b) => b.dur - a.dur).slice(0, 4).map((e) => `${label(e)} ${Math.round(e.dur / 1000)}`);
    lines.push(`| ${Math.round((t.ts - nav) / 1000)} | ${Math.round(t.dur / 1000)} | ${top.join('; ')} |`);
  }
  const SCRIPT = new Set(['JS function call', 'timer', 'DOM event', 'animation frame', 'microtasks', 'module evaluation', 'script evaluation', 'script compile', 'script compile (module)']);
  const group = (e) => (SCRIPT.has(KINDS[e.name]) ? 'script (incl. wasm)' : KINDS[e.name]);
  const kinded = mine.filter((e) => KINDS[e.name] && e.ts >= nav && e.ts <= end);
  const totals = new Map();
  for (const e of kinded) {
    // Only the outermost event of a group counts, so nested calls are not counted twice.
    const k = group(e);
    if (kinded.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && group(p) === k)) continue;
    totals.set(k, (totals.get(k) ?? 0) + e.dur / 1000);
  }
  const sum = [...totals].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  return [
    `Names and markers visible at ${Math.round(visible)} ms (this traced load). Main-thread long tasks until then (wall time, 4× CPU throttle; blocking time over 50 ms: ${Math.round(blocking)} ms):`,
    '',
    ...lines,
    '',
    `Main-thread work by kind until then (ms): ${sum}.${kind === 'atlas' ? ' "JS function call poles-….js" is the app: wasm runs inside calls from its JS glue; "wasm lazy compile" is V8 compiling wasm functions on their first call, inside those calls (counted in both).' : ''}`,
  ].join('\n');
}
