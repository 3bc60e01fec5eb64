/**
 * A gemeente's one-page summary opened cold, until the sheet and its trend chart are on screen, with the bytes it
 * took. The baseline is /gemeente, the picker: the same app and gemeente table without the summary's wijken,
 * outlines and trends, so the ratio is what the summary adds over the app's floor for that page.
 */
import type { Page } from 'playwright-core';
import { openSession } from '../tests/e2e/browser.ts';

export const SUMMARY_GEMEENTE = 'GM0855';

export interface PageLoad {
  /** Milliseconds from navigation start until the page is ready. */
  ms: number;
  /** Bytes over the wire (compressed) of everything fetched by then. */
  bytes: number;
}

const transferred = (page: Page): Promise<number> =>
  page.evaluate(() => performance.getEntriesByType('resource').reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0));

async function load(base: string, path: string, ready: (page: Page) => Promise<unknown>): Promise<PageLoad> {
  const session = await openSession(base);
  try {
    await session.page.goto(`${base}${path}`);
    await ready(session.page);
    return { ms: await session.page.evaluate(() => performance.now()), bytes: await transferred(session.page) };
  } finally {
    await session.close();
  }
}

export const summaryLoad = (base: string): Promise<PageLoad> =>
  load(base, `/gemeente/${SUMMARY_GEMEENTE}`, async (page) => {
    await page.waitForSelector('[data-testid="gemeente-summary"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="gemeente-summary"] [data-testid="crime-trend"][data-state="ready"]', { timeout: 60_000 });
  });

export const pickerLoad = (base: string): Promise<PageLoad> =>
  load(base, '/gemeente', (page) => page.getByTestId('gemeente-picker').waitFor({ timeout: 60_000 }));
