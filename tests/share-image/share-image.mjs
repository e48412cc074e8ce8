// The share image of the static pages (og:image): a screenshot of the atlas, 1200 × 630 PNG,
// written to public/share.png (committed, so that builds need no browser). Run by
// `cargo xtask share-image` after a release build:
//
//   node tests/share-image/share-image.mjs [--site DIR] [--out FILE]
//
// The atlas is laid out at 1600 × 840 CSS pixels and captured at a device scale of 0.75, so the
// picture shows the whole map and list rather than a cramped 1200-pixel layout.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch, waitForAtlas, untilStill, ROOT } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const { values: opts } = parseArgs({
  options: {
    site: { type: 'string', default: path.join(ROOT, 'dist') },
    out: { type: 'string', default: path.join(ROOT, 'public', 'share.png') },
  },
});

const [WIDTH, HEIGHT, SCALE] = [1600, 840, 0.75];
const server = await serve({ root: path.resolve(opts.site) });
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: SCALE,
    locale: 'en-GB',
    // Only to hide the footer below the fold (a style tag), never in the real site.
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en`);
  await waitForAtlas(page);
  await page.addStyleTag({ content: '.app-footer { display: none; }' });
  // The map's fit done and the marker groups settled: nothing moves for a few frames.
  await untilStill(page, ['.leaflet-map-pane', '.poles-marker', '.poles-cluster', 'path.region']);
  const png = await page.screenshot({ type: 'png', fullPage: false });
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== WIDTH * SCALE || height !== HEIGHT * SCALE) {
    throw new Error(`the screenshot is ${width} × ${height}, not ${WIDTH * SCALE} × ${HEIGHT * SCALE}`);
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, png);
  console.log(`share image: ${opts.out} (${width} × ${height}, ${Math.round(png.length / 1024)} KB)`);
} finally {
  await browser.close();
  await server.close();
}
