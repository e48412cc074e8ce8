// What Leaflet.markercluster's three listeners per marker (`move`, `dragstart`, `dragend`, to
// re-cluster a marker that moves) cost, with and without emptying the group's
// `_childMarkerEventHandlers` as src/map/panes.rs does: `addLayers` of N markers on the map,
// an update (a tenth removed and added back), `clearLayers` off the map, and the heap they
// keep. Headless Chromium with the vendored Leaflet and markercluster; times are the CPU time
// of the page's main thread (robust to other work on the machine), median of the trials, the
// two variants interleaved.
//
//   node tests/bench/child-handlers.mjs [SIZES] [TRIALS]     (default: 10000,100000 5)
import path from 'node:path';
import { launch, ROOT } from '../e2e/browser.mjs';

const SIZES = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const TRIALS = Number(process.argv[3] ?? 5);
const browser = await launch({ extraArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });

async function trial(n, empty, seed) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.setContent('<div id="m" style="width:900px;height:700px"></div>');
  await page.addStyleTag({ path: path.join(ROOT, 'public/vendor/leaflet/leaflet.css') });
  await page.addScriptTag({ path: path.join(ROOT, 'public/vendor/leaflet/leaflet.js') });
  await page.addScriptTag({ path: path.join(ROOT, 'public/vendor/leaflet.markercluster/leaflet.markercluster.js') });
  await page.evaluate(({ n, empty, seed }) => {
    let s = seed;
    const rnd = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
    const map = L.map('m', { zoomSnap: 0.25, maxZoom: 11 }).fitBounds([[41.3, -5.2], [51.1, 9.6]]);
    const icon = L.divIcon({ className: 'poles-marker', iconSize: [18, 18] });
    const markers = [];
    for (let i = 0; i < n; i += 1) {
      const m = L.marker([41.3 + rnd() * 9.8, -5.2 + rnd() * 14.8], { icon, keyboard: true, riseOnHover: true });
      m.polesPosition = i;
      markers.push(m);
    }
    const group = L.markerClusterGroup({
      iconCreateFunction: (c) => L.divIcon({ html: String(c.getChildCount()), className: 'poles-cluster', iconSize: [34, 34] }),
      showCoverageOnHover: false, maxClusterRadius: 36, spiderfyDistanceMultiplier: 1.6,
    });
    if (empty) group._childMarkerEventHandlers = {};
    group.addTo(map);
    window.__t = { map, markers, group, tenth: markers.filter((_, i) => i % 10 === 0) };
    gc(); window.__heap0 = performance.memory.usedJSHeapSize;
  }, { n, empty, seed });
  // CPU time of the page's main thread (robust to other processes on the machine) and wall time.
  const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  async function measure(body) {
    const before = await cpu();
    const wall = await page.evaluate(body);
    return { cpu: (await cpu()) - before, wall };
  }
  const add = await measure(() => { const t = performance.now(); __t.group.addLayers(__t.markers, true); return performance.now() - t; });
  const heap = await page.evaluate(() => { gc(); return performance.memory.usedJSHeapSize - __heap0; });
  const update = await measure(() => { const t = performance.now(); __t.group.removeLayers(__t.tenth); __t.group.addLayers(__t.tenth, true); return performance.now() - t; });
  await page.evaluate(() => __t.group.remove());
  const clear = await measure(() => { const t = performance.now(); __t.group.clearLayers(); return performance.now() - t; });
  await page.close();
  return { add, update, clear, heap };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const n of SIZES) {
  const rows = { listeners: [], empty: [] };
  for (let i = 0; i < TRIALS; i += 1) {
    for (const empty of (i % 2 ? [false, true] : [true, false])) {
      rows[empty ? 'empty' : 'listeners'].push(await trial(n, empty, 42 + i));
    }
  }
  for (const [name, rs] of Object.entries(rows)) {
    const f = (k, w) => median(rs.map((r) => r[k][w])).toFixed(0);
    const all = (k) => rs.map((r) => r[k].cpu.toFixed(0)).join(' ');
    console.log(`${n}\t${name}\tCPU median: addLayers ${f('add', 'cpu')} ms, update(10%) ${f('update', 'cpu')} ms, clearLayers ${f('clear', 'cpu')} ms\twall median: ${f('add', 'wall')} / ${f('update', 'wall')} / ${f('clear', 'wall')} ms\theap +${(median(rs.map((r) => r.heap)) / 1e6).toFixed(1)} MB\t[add cpu: ${all('add')}]`);
  }
}
await browser.close();
