/**
 * /vergelijk opened cold, until its table is on screen: three provincies (their values summed from the gemeente
 * table) against the same page for three gemeenten, whose values are read as published. The gemeenten are the
 * baseline: the page, its files and its rendering are the same, only the summing differs.
 */
import { pageLoad } from './page-signals.ts';

export const COMPARED_PROVINCIES = 'niveau=provincie&gebieden=PV20,PV21,PV22';
export const COMPARED_GEMEENTEN = 'gebieden=GM0855,GM0758,GM0772';

/** Milliseconds from navigation start until the first theme row of the table is in the page. */
export const compareTableMs = async (base: string, query: string): Promise<number> =>
  // the rows appear once every column's values are in (the page shows a waiting line before)
  (
    await pageLoad(base, `/vergelijk?${query}`, (page) =>
      page.locator('[data-testid^="compare-row-"][data-testid*="-theme:"]').first().waitFor({ timeout: 60_000 }),
    )
  ).ms;
