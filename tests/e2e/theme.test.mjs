// Themes (issue 22): `theme=dark`, and `theme=auto` on a system in dark mode, paint the dark
// scheme from the first paint (the shell) on; axe finds no moderate, serious or critical
// violation (contrast included) in the main states; `theme=auto` on a light system stays light;
// `plain=1` drops the embed's slim bar. axe is injected as a script, so these pages bypass the
// server's CSP (the other test files keep it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, untilStill, expectAxeClean, screenshot, address } from './browser.mjs';

const FAILING = ['moderate', 'serious', 'critical'];
const { withPage } = suite();

/** The page's scheme, and a colour that shows it: the body's background. */
const scheme = (page) => page.evaluate(() => ({
  theme: document.documentElement.dataset.theme,
  scheme: document.documentElement.dataset.scheme,
  background: getComputedStyle(document.body).backgroundColor,
}));

/** Opens `query` with the system's `colorScheme`, checks the scheme, then each state with axe. */
function themed(name, query, colorScheme, expected) {
  test(`${name}: the ${expected} scheme, and no moderate, serious or critical axe violation`, async () => {
    await withPage(query, { bypassCSP: true, atlas: true, prepare: (page) => page.emulateMedia({ colorScheme }) }, async (page) => {
      const shown = await scheme(page);
      assert.equal(shown.scheme, expected, JSON.stringify(shown));
      // The page's background (the embed's is its surface): dark, or light.
      const [r, g, b] = shown.background.match(/\d+/g).map(Number);
      assert.equal(r + g + b < 150, expected === 'dark', shown.background);
      await expectAxeClean(page, `${name}, default view`, { failing: FAILING });
      if (expected === 'light') return;
      await page.selectOption('#region', '84');
      await page.locator('section.region-summary').waitFor();
      await untilStill(page, ['.map path.region-84']);
      await expectAxeClean(page, `${name}, a region`, { failing: FAILING });
      await page.locator('.cluster-list button.cluster-name').first().click();
      await page.locator('aside.card').waitFor();
      await expectAxeClean(page, `${name}, a card`, { failing: FAILING });
      await screenshot(page, `theme-${name.replaceAll(' ', '-')}`);
      await page.keyboard.press('Escape');
      await page.locator('.matrix-toggle').click();
      await page.locator('.matrix').waitFor();
      await expectAxeClean(page, `${name}, the table`, { failing: FAILING });
      await page.locator('.matrix-toggle').click();
      // The Embed dialog (not in an embed's slim bar), then About.
      if (!query.includes('embed=1')) {
        await page.locator('.share-tools button[aria-haspopup]').click();
        await page.locator('dialog.embed-dialog[open]').waitFor();
        await expectAxeClean(page, `${name}, the Embed dialog`, { failing: FAILING });
        await page.keyboard.press('Escape');
      }
      await page.locator('.header-tools > button.tool[aria-haspopup], .header-tools .about-button').first().click();
      await page.locator('dialog.about-dialog[open]').waitFor();
      await expectAxeClean(page, `${name}, About`, { failing: FAILING });
    });
  });
}

themed('dark', '?theme=dark', 'light', 'dark');
themed('auto on a dark system', '?theme=auto&embed=1', 'dark', 'dark');
themed('auto on a light system', '?theme=auto', 'light', 'light');

test('the shell is dark before the app starts, and follows the system with theme=auto', async () => {
  await withPage('?theme=auto', { atlas: false, waitUntil: 'domcontentloaded', prepare: (page) => page.emulateMedia({ colorScheme: 'dark' }) }, async (page) => {
    assert.equal((await scheme(page)).scheme, 'dark');
    await page.waitForSelector('.cluster-list');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.dataset.scheme === 'light');
  });
});

test('plain=1: an embed without its slim bar', async () => {
  await withPage('?embed=1&plain=1&sector=health', { atlas: true, width: 640, height: 720 }, async (page) => {
    assert.equal(await page.locator('.app-header').isVisible(), false);
    assert.ok(await page.locator('.cluster-list').isVisible());
    assert.match(await address(page), /embed=1&plain=1/);
  });
});
