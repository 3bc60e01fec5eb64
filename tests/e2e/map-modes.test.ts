/**
 * Map modes (issues 14, 15, 16): the tooltip carries the 95 % interval in nl-NL format; "Vergeleken met
 * Nederland", the Gi* hotspot outlines and the fading of uncertain regions each change what is drawn, are
 * said in the legend, and survive a reload through the address.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { gemeenteCentre } from './place-centre.ts';
import { afterRedraw, changedShare, mapPixels, settledMapPixels } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
const DATA = resolve(REPO_ROOT, 'public/data');
const TILBURG = 'GM0855';
const THEME = 'maatschappelijke_onrust';
/** A Poisson rate: it has a 95 % interval, a national value and a percentile interval. */
const INDICATOR = 'geweldsmisdrijven';

/** Open a view and wait until the map shows `level` and that frame is on screen. */
async function openView(page: Page, query: string, level: string): Promise<void> {
  await page.goto(`${baseUrl}/?${query}`);
  await page.waitForFunction((l) => window.__atlas?.ready && window.__atlas.mapLevel === l, level, { timeout: 60_000 });
}

describe('map modes', () => {
  let session: Session;
  let page: Page;
  let tilburg: string;

  beforeAll(async () => {
    const centre = await gemeenteCentre(DATA, TILBURG);
    tilburg = `${centre.lat},${centre.lon}`;
    session = await openSession(baseUrl, { width: 1440, height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the value with its 95 % interval in the tooltip, in nl-NL format', async () => {
    await openView(page, `thema=${THEME}&indicator=${INDICATOR}&niveau=wijk&kaart=${tilburg},11`, 'wijk');
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const value = page.locator('[data-testid="tooltip"] .tooltip-value');
    await expect.poll(() => value.textContent(), { timeout: 20_000 }).toMatch(/^\d+,\d per 1\.000 inwoners \(\d+,\d–\d+,\d\)$/);
    await screenshot(page, 'map-modes-tooltip');
  });

  it('"Vergeleken met Nederland" recolours the map, names the national value in the legend and round-trips the URL', async () => {
    await openView(page, `thema=${THEME}&indicator=${INDICATOR}&niveau=wijk&kaart=${tilburg},10`, 'wijk');
    const before = await settledMapPixels(page);
    await afterRedraw(page, () => page.getByTestId('measure-nl').click());
    await expect.poll(async () => changedShare(before, await mapPixels(page))).toBeGreaterThan(0.05);
    expect(page.url()).toContain('toon=nederland');
    await expect.poll(() => page.locator('[data-testid="legend"] .legend-subtitle').first().textContent()).toMatch(/landelijk 7,2 per 1\.000 inwoners/);
    await screenshot(page, 'map-modes-vs-nederland');
    const url = page.url();
    await openView(page, url.slice(url.indexOf('?') + 1), 'wijk');
    await expect.poll(() => page.locator('[data-testid="legend"] .legend-subtitle').first().textContent()).toMatch(/^Vergeleken met Nederland/);
  });

  it('outlines Gi* hotspots at wijk level with the pattern-not-proof sentence, kept in the URL', async () => {
    await openView(page, `thema=${THEME}&niveau=wijk`, 'wijk');
    const before = await settledMapPixels(page);
    await afterRedraw(page, () => page.getByTestId('toggle-hotspots').check());
    await expect.poll(async () => changedShare(before, await mapPixels(page))).toBeGreaterThan(0.002);
    expect(page.url()).toContain('hotspots=aan');
    await expect
      .poll(() => page.getByTestId('legend-hotspots').textContent())
      .toContain('Een hotspot is een patroon van hoge waarden bij elkaar, geen bewijs van criminaliteit.');
    await screenshot(page, 'map-modes-hotspots');
    await openView(page, page.url().slice(page.url().indexOf('?') + 1), 'wijk');
    await expect.poll(() => page.getByTestId('toggle-hotspots').isChecked()).toBe(true);
  });

  it('fades regions whose percentile interval spans more than half the scale, with a legend entry, kept in the URL', async () => {
    await openView(page, `thema=${THEME}&indicator=${INDICATOR}&niveau=wijk`, 'wijk');
    const before = await settledMapPixels(page);
    await afterRedraw(page, () => page.getByTestId('toggle-uncertain').check());
    await expect.poll(async () => changedShare(before, await mapPixels(page))).toBeGreaterThan(0.01);
    expect(page.url()).toContain('onzekerheid=aan');
    await expect.poll(() => page.getByTestId('legend-uncertain').textContent()).toContain('onzeker: interval beslaat meer dan de helft van de schaal');
    await screenshot(page, 'map-modes-uncertain');
    await openView(page, page.url().slice(page.url().indexOf('?') + 1), 'wijk');
    await expect.poll(() => page.getByTestId('toggle-uncertain').isChecked()).toBe(true);
    // The toggle is a display choice: switching it off draws the classes as before.
    const faded = await settledMapPixels(page);
    await afterRedraw(page, () => page.getByTestId('toggle-uncertain').uncheck());
    await expect.poll(async () => changedShare(faded, await mapPixels(page))).toBeGreaterThan(0.01);
  });

  it('no request left the origin and the console stayed free of errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
