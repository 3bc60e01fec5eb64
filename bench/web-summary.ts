/**
 * A gemeente's one-page summary opened cold, until the sheet and its trend chart are on screen, with the bytes it
 * took. The baseline is /gemeente, the picker: the same app with the gemeenten listed, without the summary's tables,
 * outlines and trends, so the ratio is what the summary adds over the app's floor for that route.
 */
import { pageLoad, type PageLoad } from './page-signals.ts';

export const SUMMARY_GEMEENTE = 'GM0855';

export const summaryLoad = (base: string): Promise<PageLoad> =>
  pageLoad(base, `/gemeente/${SUMMARY_GEMEENTE}`, async (page) => {
    await page.waitForSelector('[data-testid="gemeente-summary"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="gemeente-summary"] [data-testid="crime-trend"][data-state="ready"]', { timeout: 60_000 });
  });

export const pickerLoad = (base: string): Promise<PageLoad> =>
  pageLoad(base, '/gemeente', (page) => page.getByTestId('gemeente-picker').waitFor({ timeout: 60_000 }));
