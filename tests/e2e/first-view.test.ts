/**
 * The first map is drawn from the gemeente first-view table (a slice of gemeente.arrow, contract TABLE_SLICES);
 * the full table is asked for after that map is on screen and draws nothing new. Without the slice the full table
 * draws the same map, and the missing file is named.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataFile } from '@atlas/contract';
import { openSession, screenshot, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const SLICE = `/data/${dataFile.sliceArrow('gemeente', 'first-view')}`;
const FULL = `/data/${dataFile.arrow('gemeente')}`;

/** When the page started fetching `path` (ms since navigation, as firstMapMs), or null when it did not. */
const requestStart = (page: Page, path: string): Promise<number | null> =>
  page.evaluate((p) => {
    const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith(p));
    return entry ? entry.startTime : null;
  }, path);

/**
 * The same, for a file being fetched: the browser records a file's timing once its body is in, which may be after
 * the response a test saw, so this waits for the record.
 */
const fetchStart = async (page: Page, path: string): Promise<number> =>
  Number(
    await (
      await page.waitForFunction((p) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith(p))?.startTime, path)
    ).jsonValue(),
  );

async function openMap(page: Page): Promise<string> {
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
  return page.getByTestId('legend').innerText();
}

describe('the first-view table', () => {
  let session: Session;
  let legend: string;

  beforeAll(async () => {
    session = await openSession(baseUrl, { width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the first map; the full gemeente table is fetched after it and draws nothing new', async () => {
    const { page } = session;
    const full = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(FULL));
    legend = await openMap(page);
    const firstMap = await page.evaluate(() => window.__atlas.firstMapMs ?? null);
    const slice = await requestStart(page, SLICE);
    expect(slice, 'the slice was fetched').not.toBeNull();
    expect(slice!).toBeLessThan(firstMap!);
    await full;
    // firstMapMs is rounded to whole ms
    expect(await fetchStart(page, FULL)).toBeGreaterThanOrEqual(firstMap! - 1);
    // the full table is in once DuckDB holds it; the map was drawn once, from the slice
    await page.waitForFunction(() => window.__atlas.inDatabase.includes('gemeente'), null, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__atlas.renders)).toBe(1);
    expect(await page.getByTestId('legend').innerText()).toBe(legend);
    expect(session.consoleErrors).toEqual([]);
    await screenshot(page, 'first-view-map');
  });

  it('without it the full table draws the same map, and the page names the missing file', async () => {
    const other = await openSession(baseUrl, { width: 1440, height: 900 });
    try {
      await other.page.route(`**${SLICE}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      expect(await openMap(other.page)).toBe(legend);
      expect(await other.page.evaluate(() => window.__atlas.error)).toContain(dataFile.sliceArrow('gemeente', 'first-view'));
      expect(await requestStart(other.page, FULL)).not.toBeNull();
    } finally {
      await other.close();
    }
  });
});
