// For investors: the About panel (keyboard), the card's triad of members, the 2006 world-class
// view, and the ways to get in touch — in English and French, from the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openAtlas, waitForAtlas, screenshot, markerTotal, writtenDate, DATASET, address } from './browser.mjs';

const atlas = suite({ server: true });
const open = (query = '', size = {}) => openAtlas(atlas.browser, atlas.server.url + query, size);

const WORLD_2006 = DATASET.clusters.filter((c) => c.brochure_2006_field);

test('the About panel opens and closes with the keyboard and shows facts from the data', async () => {
  const page = await open();
  const about = page.getByRole('button', { name: 'About' });
  await about.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'About the competitiveness clusters' });
  await dialog.waitFor();
  const text = await dialog.textContent();
  for (const m of DATASET.milestones) assert.ok(text.includes(m.text.en), m.text.en);
  // Counted on the visitor's day (time.test.mjs checks the counts in January 2027): labelled,
  // past their term and former make the whole data.
  const [, labelled, former] = text.match(/shows (\d+) labelled clusters?, and (\d+) former ones?/) ?? [];
  const [, pastTerm = 0] = text.match(/The labels? of (\d+) clusters? shown ha(?:s|ve) passed/) ?? [];
  assert.equal(Number(labelled) + Number(pastTerm) + Number(former), DATASET.clusters.length, text);
  assert.match(text, writtenDate(DATASET.updated, 'en'), 'the dataset’s update date, written out');
  for (const channel of DATASET.channels) {
    assert.equal(await dialog.getByRole('link', { name: channel.name }).getAttribute('href'), channel.url);
  }
  assert.match(text, /common development strategy/);
  await screenshot(page, 'investors-about');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'About', 'focus returns to the button');
  assert.deepEqual(page.problems, []);
});

test('the About panel in French, and at phone width', async () => {
  const page = await open('?lang=fr', { width: 390, height: 844 });
  await page.getByRole('button', { name: 'À propos' }).click();
  const dialog = page.getByRole('dialog', { name: 'À propos des pôles de compétitivité' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), writtenDate(DATASET.updated, 'fr'));
  assert.match(await dialog.textContent(), new RegExp(DATASET.milestones[0].text.fr.slice(0, 30)));
  const box = await dialog.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `fits the phone: ${JSON.stringify(box)}`);
  await screenshot(page, 'investors-about-phone-fr');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await dialog.waitFor({ state: 'hidden' });
});

test('the card shows the members of each of the three kinds, and says when a kind has none', async () => {
  const cluster = DATASET.clusters.find((c) => c.members.enterprises.length && c.members.research.length && c.members.training.length);
  const sparse = DATASET.clusters.find((c) => c.status === 'current' && c.members.research.length === 0);
  const page = await open(`?cluster=${cluster.id}`);
  const card = page.locator('aside.card');
  for (const [kind, names] of Object.entries(cluster.members)) {
    const items = await card.locator(`.triad-${kind} li`).allTextContents();
    assert.deepEqual(items, names, `${kind} of ${cluster.id}`);
  }
  await page.goto(`${atlas.server.url}?cluster=${sparse.id}`);
  await waitForAtlas(page);
  assert.match(await page.locator('aside.card .triad-research').textContent(), /No names in the dataset/);
});

test('the card shows how to engage: website and the HQ region’s agency', async () => {
  const cluster = DATASET.clusters.find((c) => c.website && c.regions[0] === '76' && c.status === 'current');
  const agency = DATASET.regions.find((r) => r.code === '76').agency;
  const page = await open(`?cluster=${cluster.id}`);
  const card = page.locator('aside.card');
  assert.equal(await card.getByRole('link', { name: agency.name }).getAttribute('href'), agency.url);
  assert.equal(await card.getByRole('link', { name: cluster.website }).getAttribute('rel'), 'noopener noreferrer');
});

test('the 2006 view lists the brochure’s world-class clusters by field, and view=2006 links to it', async () => {
  const page = await open();
  await page.getByRole('button', { name: '2006 world-class view' }).click();
  assert.match(await address(page), /view=2006/);
  const panel = page.locator('section.view-2006');
  await panel.waitFor();
  const ids = await panel.locator('li[data-id]').evaluateAll((lis) => lis.map((li) => li.dataset.id));
  assert.deepEqual(new Set(ids), new Set(WORLD_2006.map((c) => c.id)));
  assert.equal(ids.length, 16);
  const headings = await panel.locator('h3').allTextContents();
  assert.deepEqual(headings, ['Transport', 'Biotechnology and healthcare', 'IT, images and networks', 'Bio-agronomics', 'Chemicals']);
  const moveo = panel.locator('li[data-id="nextmove"]');
  const nextmove = WORLD_2006.find((c) => c.id === 'nextmove');
  const text = await moveo.textContent();
  assert.ok(text.includes(nextmove.brochure_2006_name) && text.includes('NextMove'), `the brochure’s own words and today’s name: ${text}`);
  assert.equal(await markerTotal(page), 16, 'the map shows the same clusters');
  await moveo.getByRole('button', { name: 'NextMove' }).click();
  // The atlas is at the brochure's date (September 2006): the card names it as it was then.
  const then = nextmove.events.find((e) => e.kind === 'renamed').name;
  assert.equal(await page.locator('#card-title').textContent(), then);
  assert.equal(await page.locator('.card .card-fields').getByText('NextMove', { exact: true }).count(), 1, 'and today’s name');
  await screenshot(page, 'investors-2006');
  // In French, from a link.
  const fr = await open('?view=2006&lang=fr');
  assert.deepEqual(await fr.locator('section.view-2006 h3').allTextContents(),
    ['Transports', 'Biotechnologies et santé', 'Informatique, images et réseaux', 'Bio-agronomie', 'Chimie']);
  assert.deepEqual(page.problems, []);
});
