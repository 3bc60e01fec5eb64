/**
 * /vergelijk opened cold, until its table is on screen: three provincies (their values summed from the gemeente
 * table) against the same page for three gemeenten, whose values are read as published. The gemeenten are the
 * baseline: the page, its files and its rendering are the same, only the summing differs.
 */
import { openSession } from '../tests/e2e/browser.ts';

export const COMPARED_PROVINCIES = 'niveau=provincie&gebieden=PV20,PV21,PV22';
export const COMPARED_GEMEENTEN = 'gebieden=GM0855,GM0758,GM0772';

/** Milliseconds from navigation start until the first theme row of the table is in the page. */
export async function compareTableMs(base: string, query: string): Promise<number> {
  const session = await openSession(base);
  try {
    // the rows appear once every column's values are in (the page shows a waiting line before)
    await session.page.goto(`${base}/vergelijk?${query}`);
    await session.page.locator('[data-testid^="compare-row-"][data-testid*="-theme:"]').first().waitFor({ timeout: 60_000 });
    return await session.page.evaluate(() => performance.now());
  } finally {
    await session.close();
  }
}
