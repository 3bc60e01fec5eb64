/**
 * The map, table and compare pages at phone, tablet and desktop sizes (issue 16): the legend folds away, a
 * tapped wijk's profile is in view without scrolling, the table shows the theme score, compare shows Nederland.
 * Screenshots of each screen at each size go to test-artifacts/w2/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { placesFile, type Manifest, type PlacesFile, type PlaceRow } from '@atlas/contract';
import { openSession, screenshot, type Session } from './browser.ts';
import { hoverRegion } from './map-hover.ts';
import { boundsIn, cardsOver, framed, mapBox, pointIn, viewOf, type View } from './map-view.ts';

const baseUrl = inject('baseUrl');
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 820, height: 1180 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;
const SIX = ['GM0855', 'GM0758', 'GM0772', 'GM0363', 'GM0599', 'GM0344'];

const inViewport = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.top < window.innerHeight && r.right <= window.innerWidth + 0.5;
    });

/** Taps points of the map until a wijk is selected; returns its code. */
async function tapSomeWijk(page: Page): Promise<string> {
  const box = (await page.getByTestId('map').boundingBox())!;
  for (const [fx, fy] of [
    [0.5, 0.4],
    [0.55, 0.3],
    [0.45, 0.5],
    [0.6, 0.45],
    [0.4, 0.35],
  ] as const) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    const code = await page
      // Long enough for a busy machine to handle a tap that hit; it only runs out on a tap that missed.
      .waitForFunction(() => new URL(location.href).searchParams.get('gebied'), null, { timeout: 15_000 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (code?.startsWith('WK')) return code;
  }
  throw new Error('no wijk under the map');
}

/** The served build's gemeente places (label point and bounds of each), fetched once for every case here. */
let places: Promise<PlaceRow[]> | null = null;
const gemeentePlaces = (): Promise<PlaceRow[]> =>
  (places ??= fetch(`${baseUrl}/data/${placesFile('gemeente')}`).then(async (r) => ((await r.json()) as PlacesFile).rows));

/** The served build's manifest, fetched once for every size. */
let manifestOnce: Promise<Manifest> | null = null;
const servedManifest = (): Promise<Manifest> => (manifestOnce ??= fetch(`${baseUrl}/data/manifest.json`).then(async (r) => (await r.json()) as Manifest));

/** The gemeenten at the country's far ends (west, east, north, south, and north-west, nearest the cards' corner). */
async function outerGemeenten(): Promise<PlaceRow[]> {
  const rows = await gemeentePlaces();
  const most = (key: (r: PlaceRow) => number): PlaceRow => rows.reduce((a, b) => (key(b) < key(a) ? b : a));
  const ends = [most((r) => r[4]), most((r) => -r[6]), most((r) => -r[7]), most((r) => r[5]), most((r) => r[2] - 1.6 * r[3])];
  return [...new Map(ends.map((r) => [r[0], r])).values()];
}

/** The map's view as the address gives it, after zooming in and back out with the map's buttons (the same centre and zoom). */
async function viewAfterZoomingInAndOut(page: Page): Promise<View> {
  for (const button of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out']) {
    const before = JSON.stringify(viewOf(page));
    await page.locator(button).click();
    await expect.poll(() => JSON.stringify(viewOf(page)), { timeout: 15_000 }).not.toBe(before);
  }
  return viewOf(page)!;
}

/** Hovering where each outermost gemeente is drawn in `view` names it: it is on the map, and no card takes the pointer there. */
async function expectOuterGemeentenShown(page: Page, view: View): Promise<void> {
  const box = await mapBox(page);
  for (const [code, name, lon, lat] of await outerGemeenten()) {
    const point = pointIn(view, box, lon, lat);
    const hovered = await hoverRegion(page, [point]).catch((e: Error) => ({ name: `nothing (${e.message})` }));
    expect(hovered.name, `${code} at ${point.map((p) => p.toFixed(3)).join(', ')} of the map`).toBe(name);
  }
}

describe.each(SIZES)('$name ($width×$height)', (size) => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession(baseUrl, { width: size.width, height: size.height });
    page = session.page;
  });
  afterAll(async () => session?.close());

  it('shows the whole country on arrival, none of it under the legend or the other cards', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    // framing the country is not a view of the user's: the address keeps none
    expect(new URL(page.url()).searchParams.get('kaart')).toBeNull();
    await screenshot(page, `w2/arrival-${size.name}`);
    await expectOuterGemeentenShown(page, await viewAfterZoomingInAndOut(page));
  });

  it('frames the whole country clear of the legend that hotspots make taller (wijk level)', async () => {
    await page.goto(`${baseUrl}/?niveau=wijk&hotspots=aan`);
    await page.waitForFunction(() => window.__atlas?.ready && window.__atlas.mapLevel === 'wijk', null, { timeout: 60_000 });
    // the hotspot rows are in the legend (folded away on a phone) when the map is framed
    await page.getByTestId('legend-hotspots').waitFor({ state: 'attached' });
    await screenshot(page, `w2/hotspots-${size.name}`);
    const view = await viewAfterZoomingInAndOut(page);
    const box = await mapBox(page);
    const cards = await cardsOver(page);
    const covered = (await gemeentePlaces()).filter(([, , , , west, south, east, north]) => {
      const [left, top, right, bottom] = boundsIn(view, box, [west, south, east, north]);
      return cards.some(([cl, ct, cr, cb]) => left < cr && right > cl && top < cb && bottom > ct);
    });
    expect(covered.map(([code, name]) => `${code} ${name}`)).toEqual([]);
  });

  it("frames a shared link's gemeente clear of the cards: Sluis, in the legend's old corner", async () => {
    const sluis = (await gemeentePlaces()).find((r) => r[0] === 'GM1714')!;
    const bounds = [sluis[4], sluis[5], sluis[6], sluis[7]] as const;
    await page.goto(`${baseUrl}/?gebied=GM1714&niveau=gemeente`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    await expect.poll(async () => framed(viewOf(page), await mapBox(page), bounds), { timeout: 20_000 }).toBe(true);
    const [left, top, right, bottom] = boundsIn(viewOf(page)!, await mapBox(page), bounds);
    for (const [cl, ct, cr, cb] of await cardsOver(page)) expect(left < cr && right > cl && top < cb && bottom > ct, `a card over Sluis's box`).toBe(false);
    await screenshot(page, `w2/shared-link-${size.name}`);
  });

  // A phone turned sideways leaves a map lower than the cards beside it: nothing to frame clear of them there.
  it.runIf(size.name !== 'phone')('frames the country anew when the screen is turned before the map was moved', async () => {
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    await page.setViewportSize({ width: size.height, height: size.width });
    try {
      await screenshot(page, `w2/arrival-${size.name}-turned`);
      await expectOuterGemeentenShown(page, await viewAfterZoomingInAndOut(page));
    } finally {
      await page.setViewportSize({ width: size.width, height: size.height });
    }
  });

  it('brings the whole country back with the house button under the zoom buttons', async () => {
    await page.goto(`${baseUrl}/?kaart=51.56,5.07,11.5`);
    await page.waitForFunction(() => window.__atlas?.ready && window.__atlas.mapLevel === 'wijk', null, { timeout: 60_000 });
    const before = JSON.stringify(viewOf(page));
    await page.getByTestId('show-country').click();
    // a view the user asked for: the address keeps it; in automatic mode the country is shown by gemeente
    await expect.poll(() => JSON.stringify(viewOf(page)), { timeout: 15_000 }).not.toBe(before);
    await page.waitForFunction(() => window.__atlas.mapLevel === 'gemeente', null, { timeout: 30_000 });
    await expectOuterGemeentenShown(page, viewOf(page)!);
  });

  it('folds the legend, and starts folded on a phone', async () => {
    // Zoomed in on Tilburg, so a tap hits a wijk at every size.
    await page.goto(`${baseUrl}/?niveau=wijk&kaart=51.56,5.07,11.5`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    const toggle = page.getByTestId('legend-toggle');
    const list = page.locator('[data-testid="legend"] .legend-list');
    expect(await toggle.getAttribute('aria-expanded')).toBe(size.name === 'phone' ? 'false' : 'true');
    await screenshot(page, `w2/map-${size.name}`);
    if (size.name === 'phone') {
      await toggle.click();
      await expect.poll(() => list.isVisible()).toBe(true);
    }
    await toggle.click();
    await expect.poll(() => list.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it("shows a tapped wijk's profile without scrolling", async () => {
    const code = await tapSomeWijk(page);
    await page.locator('.profile h2').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inViewport(page, '.profile h2'), code).toBe(true);
    await screenshot(page, `w2/profile-${size.name}`);
    // On a phone the sheet covers the map's lower half: it folds to its head (name and buttons), and unfolds.
    const fold = page.getByTestId('profile-fold');
    expect(await fold.isVisible()).toBe(size.name === 'phone');
    if (size.name !== 'phone') return;
    const profile = page.getByTestId('profile');
    const unfolded = (await profile.boundingBox())!.height;
    await fold.click();
    await expect.poll(async () => (await profile.boundingBox())!.height).toBeLessThan(unfolded / 2);
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await inViewport(page, '.profile h2'), code).toBe(true);
    await screenshot(page, `w2/profile-${size.name}-folded`);
    await fold.click();
    await expect.poll(async () => (await profile.boundingBox())!.height).toBe(unfolded);
  });

  it('keeps the fold button inside the legend for the indicator with the longest word in its name', async () => {
    // Dutch compounds ("Arbeidsongeschiktheidsuitkering") once pushed the button out of the card, out of reach.
    const manifest = await servedManifest();
    const longestWord = (label: string) => Math.max(...label.split(/\s+/).map((w) => w.length));
    const longest = manifest.indicators.reduce((a, b) => (longestWord(b.label) > longestWord(a.label) ? b : a));
    await page.goto(`${baseUrl}/?thema=${longest.themes[0]}&indicator=${longest.id}`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    const toggle = page.getByTestId('legend-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await page.locator('[data-testid="legend"] .legend-list').waitFor();
    const fit = await page.getByTestId('legend').evaluate((legend) => {
      const card = legend.getBoundingClientRect();
      const button = legend.querySelector('[data-testid="legend-toggle"]')!.getBoundingClientRect();
      return { inside: button.left >= card.left && button.right <= card.right, overflow: legend.scrollWidth - legend.clientWidth };
    });
    expect(fit, longest.label).toEqual({ inside: true, overflow: 0 });
  });

  it('shows the theme score and every column in the table, under the chosen theme tab (the last one)', async () => {
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&niveau=gemeente&weergave=tabel`);
    await page.locator('.data-table tbody tr').first().waitFor({ timeout: 60_000 });
    const score = page.locator('.data-table tbody tr').first().locator('td[data-label="Themascore"]');
    expect(await score.isVisible()).toBe(true);
    expect(await inViewport(page, '.data-table tbody tr:first-child td[data-label="Themascore"]')).toBe(true);
    expect((await score.innerText()).trim()).toMatch(/\d/);
    if (size.name === 'phone') {
      // a card: every column a line within the screen's width, none cut off at its right edge
      const cut = await page
        .locator('.data-table tbody tr:first-child td:not(.table-rank)')
        .evaluateAll((tds) => tds.filter((td) => td.getBoundingClientRect().right > window.innerWidth + 0.5).map((td) => td.getAttribute('data-label')));
      expect(cut).toEqual([]);
    }
    await expect.poll(() => inViewport(page, '[data-testid="theme-maatschappelijke_onrust"]')).toBe(true);
    await screenshot(page, `w2/table-${size.name}`);
  });

  it('keeps Nederland in view on the compare page with six regions', async () => {
    await page.goto(`${baseUrl}/vergelijk?niveau=gemeente&gebieden=${SIX.join(',')}`);
    // A phone shows stacked region cards (Nederland's value in every row) instead of the table.
    const national = size.name === 'phone' ? '[data-testid="compare-cards"] td[data-national]' : '[data-testid="compare-table"] td.compare-national';
    await page.locator(national).first().waitFor({ timeout: 60_000 });
    await page.locator(national).first().scrollIntoViewIfNeeded();
    expect(await inViewport(page, national)).toBe(true);
    await screenshot(page, `w2/compare-${size.name}`);
  });
});
