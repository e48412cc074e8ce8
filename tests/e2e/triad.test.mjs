// The card's triad (its members by kind: enterprises, research centres, training organisations)
// splits no word: every card of the app and every cluster page, in English and French, at
// 1,440, 390 and 320 px, and at 2,560 px, where the card is wide enough for the groups to stand
// side by side. Measured, not looked at: no text node of the triad wider than the box it is
// laid out in, no word (Intl.Segmenter's) whose rectangles fall on two lines, the triad within
// its card; on a narrow card the groups stack. Screenshots of a few cards in target/e2e/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, screenshot, cardShows, openCardFromList, DATASET } from './browser.mjs';

const chromium = suite({ server: true });

const WIDTHS = [
  { width: 1440, height: 900 }, { width: 390, height: 844 }, { width: 320, height: 640 }, { width: 2560, height: 1440 },
];
const KINDS = ['enterprises', 'research', 'training'];
const hasMembers = (c) => KINDS.some((k) => (c.members?.[k] ?? []).length > 0);
/** The clusters with the longest words among their members, shown in the screenshots. */
const SHOWN = ['minalogic', 'atlanpole-biotherapies', 'infr2050'];

/**
 * Run in the page: what is wrong with the triad at `selector`, one sentence each. A text node
 * wider than its parent's content box; a word (Intl.Segmenter, in the page's language) whose
 * client rectangles stand on more than one line; the triad wider than its card.
 */
function triadFaults(selector) {
  const triad = document.querySelector(selector);
  if (!triad) return [`no ${selector}`];
  const px = (value) => Number.parseFloat(value) || 0;
  const contentBox = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      left: r.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      right: r.right - px(style.borderRightWidth) - px(style.paddingRight),
    };
  };
  const round = (n) => Math.round(n * 10) / 10;
  const segmenter = new Intl.Segmenter(document.documentElement.lang || 'en', { granularity: 'word' });
  const faults = [];
  const walker = document.createTreeWalker(triad, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    if (!text.trim() || node.parentElement.closest('.visually-hidden')) continue;
    const box = contentBox(node.parentElement);
    const whole = document.createRange();
    whole.selectNodeContents(node);
    const r = whole.getBoundingClientRect();
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
      faults.push(`"${text}" is wider than its box (${round(r.left)}–${round(r.right)} in ${round(box.left)}–${round(box.right)})`);
    }
    for (const { segment, index, isWordLike } of segmenter.segment(text)) {
      if (!isWordLike) continue;
      const word = document.createRange();
      word.setStart(node, index);
      word.setEnd(node, index + segment.length);
      const lines = new Set([...word.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
      if (lines.size > 1) faults.push(`"${segment}" (in "${text}") is broken across ${lines.size} lines`);
    }
  }
  const card = contentBox(triad.closest('.card, .page-card'));
  const t = triad.getBoundingClientRect();
  if (t.left < card.left - 0.5 || t.right > card.right + 0.5) {
    faults.push(`the triad (${round(t.left)}–${round(t.right)}) is wider than its card (${round(card.left)}–${round(card.right)})`);
  }
  return faults;
}

/** Run in the page: how the triad's groups stand, 'stacked' (one above the other) or 'side by
 *  side' (on one row). */
function arrangement(selector) {
  const groups = [...document.querySelectorAll(`${selector} .triad-kind`)].map((g) => g.getBoundingClientRect());
  if (groups.every((g, i) => i === 0 || (Math.abs(g.left - groups[0].left) < 0.5 && g.top >= groups[i - 1].bottom))) return 'stacked';
  if (groups.every((g) => Math.abs(g.top - groups[0].top) < 0.5)) return 'side by side';
  return 'neither stacked nor side by side';
}
/** How the groups stand at a width: stacked on a phone, side by side on a wide card. */
const expectedArrangement = (width) => (width < 760 ? 'stacked' : width >= 2560 ? 'side by side' : null);

for (const lang of ['en', 'fr']) {
  for (const size of WIDTHS) {
    test(`the app's card, every cluster, ${lang}, ${size.width} px: no word of the triad split`, async () => {
      const first = DATASET.clusters[0];
      await chromium.withAtlas(`?hist=1&lang=${lang}&cluster=${first.id}`, size, async (page) => {
        const faults = [];
        for (const cluster of DATASET.clusters) {
          await (cluster === first ? cardShows(page, cluster.name) : openCardFromList(page, cluster.id, cluster.name))
            .catch(async (error) => {
              const shown = await page.locator('#card-title').textContent().catch(() => null);
              throw new Error(`${cluster.id}: the card of "${cluster.name}" did not open (the card shows "${shown}"): ${error.message}`);
            });
          for (const fault of await page.evaluate(triadFaults, 'aside.card .triad')) faults.push(`${cluster.id}: ${fault}`);
          const want = expectedArrangement(size.width);
          if (want) assert.equal(await page.evaluate(arrangement, 'aside.card .triad'), want, cluster.id);
          if (SHOWN.includes(cluster.id)) {
            await page.locator('aside.card .triad').scrollIntoViewIfNeeded();
            await screenshot(page, `triad-app-${cluster.id}-${lang}-${size.width}`);
          }
        }
        assert.deepEqual(faults, [], `words split in the triad:\n${faults.join('\n')}`);
      });
    });

    test(`the static pages of the clusters with members, ${lang}, ${size.width} px: no word of the triad split`, async () => {
      const page = await chromium.browser.newPage({ viewport: size, javaScriptEnabled: false });
      try {
        const faults = [];
        for (const cluster of DATASET.clusters.filter(hasMembers)) {
          const address = lang === 'en' ? `clusters/${cluster.id}/` : `fr/poles/${cluster.id}/`;
          await page.goto(chromium.server.url + address);
          for (const fault of await page.evaluate(triadFaults, 'article.page-card .triad')) faults.push(`${address}: ${fault}`);
          const want = expectedArrangement(size.width);
          if (want) assert.equal(await page.evaluate(arrangement, 'article.page-card .triad'), want, address);
          if (SHOWN.includes(cluster.id)) {
            await page.locator('article.page-card .triad').scrollIntoViewIfNeeded();
            await screenshot(page, `triad-page-${cluster.id}-${lang}-${size.width}`);
          }
        }
        assert.deepEqual(faults, [], `words split in the triad:\n${faults.join('\n')}`);
      } finally {
        await page.context().close();
      }
    });
  }
}
