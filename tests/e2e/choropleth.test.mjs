// The choropleth on the map: every region outline (metropolitan map and overseas insets) is
// shaded with the class of the number of visible clusters it hosts (a cluster counts in every
// region it covers), the same classes as the legend; a sector chip changes the shading, and a
// region's tooltip says its count. Expected numbers are computed here from data/clusters.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot, settled, untilStill, DATASET, CURRENT } from './browser.mjs';

const REGIONS = DATASET.regions;

const { withAtlas } = suite();

/** The class of each count when the highest count is `max` (0, then up to 4 classes). */
function classOf(count, max) {
  if (count === 0) return 0;
  const upper = max <= 4 ? Array.from({ length: max }, (_, i) => i + 1) : [1, 2, 3, 4].map((k) => Math.ceil((k * max) / 4));
  return 1 + upper.findIndex((high) => count <= high);
}

/** Expected class per region code for the clusters `shown`. */
function expectedClasses(shown) {
  const counts = REGIONS.map((r) => shown.filter((c) => c.regions.includes(r.code)).length);
  const max = Math.max(...counts);
  return Object.fromEntries(REGIONS.map((r, i) => [r.code, classOf(counts[i], max)]));
}

/** The class the map gives each region outline, by code (from the `region-CODE` class). */
function shownClasses(page) {
  return page.locator('path.region').evaluateAll((paths) => Object.fromEntries(paths.map((p) => {
    const code = [...p.classList].find((c) => /^region-\d+$/.test(c)).slice('region-'.length);
    const shade = [...p.classList].find((c) => /^choropleth-\d$/.test(c));
    return [code, shade ? Number(shade.slice(-1)) : null];
  })));
}

test('every region is shaded by its number of visible clusters, and a chip changes the shading', async () => {
  await withAtlas('', {}, async (page) => {
    await page.locator('path.region').first().waitFor();
    assert.equal(await page.locator('path.region').count(), REGIONS.length, 'every region drawn, insets included');
    await settled(() => shownClasses(page), expectedClasses(CURRENT));
    const health = CURRENT.filter((c) => c.sectors.includes('health'));
    await page.locator('.chip[data-sector="health"]').click();
    await settled(() => shownClasses(page), expectedClasses(health));
    assert.notDeepEqual(expectedClasses(health), expectedClasses(CURRENT), 'the chip changes the expected shading');
    await screenshot(page, 'choropleth-health');
  });
});

test('a region tooltip says its count under the current filters, in English and French', async () => {
  const occitanie = REGIONS.find((r) => r.code === '76');
  const health = CURRENT.filter((c) => c.sectors.includes('health') && c.regions.includes('76')).length;
  const label = DATASET.sectors.find((s) => s.id === 'health');
  /** Hovers Occitanie once the map stands still (a region passed over on the way, while the
   *  map still fits, opens its own tooltip), and returns the text of Occitanie's tooltip. */
  const hoverOccitanie = async (page) => {
    const path = page.locator('path.region-76');
    await path.waitFor();
    await untilStill(page, ['path.region-76']);
    await path.hover();
    const tooltip = page.locator('.leaflet-tooltip', { hasText: occitanie.name });
    await tooltip.waitFor();
    return tooltip;
  };
  await withAtlas('?sector=health', {}, async (page) => {
    const tooltip = await hoverOccitanie(page);
    assert.equal(await tooltip.textContent(), `${occitanie.name} — ${health} ${health === 1 ? "cluster" : "clusters"} (${label.short_label?.en ?? label.label.en})`);
  });
  await withAtlas('?lang=fr', {}, async (page) => {
    const tooltip = await hoverOccitanie(page);
    const all = CURRENT.filter((c) => c.regions.includes('76')).length;
    await settled(() => tooltip.textContent(), `${occitanie.name} — ${all} pôles`);
  });
});
