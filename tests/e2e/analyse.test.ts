/**
 * /analyse end to end, in Chromium against the production build on the real data: a query grouping the
 * buurten per gemeente gives the numbers an independent aggregation of buurt.arrow gives, next to the
 * gemeente table's own population; "Toon op kaart" colours the map (pixels change); a long query is stopped (its
 * worker ends), also while the database still starts;
 * a syntax error shows DuckDB's own text in a Dutch frame; nothing leaves the origin.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { dutch } from './dutch.ts';
import { t } from '../../web/src/i18n/nl.ts';
import { afterRedraw, changedShare, colourShares, legendClassColours, mapPixels, settledMapPixels } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (the dist dir's copy), so expectations and screen read the same files.
const DATA = resolve(REPO_ROOT, process.env.ATLAS_DIST_DIR ?? 'dist', 'data');

const PER_GEMEENTE = `SELECT b.gemeente_code, SUM(b.population) AS inwoners_buurten, any_value(g.population) AS inwoners_gemeente
FROM buurt b JOIN gemeente g ON g.code = b.gemeente_code
GROUP BY b.gemeente_code`;

const analyseUrl = (sql: string): string => `${baseUrl}/analyse?sql=${encodeURIComponent(sql)}`;
/** Runs far longer than any test: it ends only when stopped. */
const LONG_QUERY = 'SELECT COUNT(*) AS n FROM range(100000000) a, range(100000) b WHERE (a.range * b.range) % 7 = 3';

/** A check that turns true once one of the page's workers (now running) has ended. */
function workerEnded(page: Page): () => boolean {
  let ended = false;
  for (const worker of page.workers()) worker.once('close', () => (ended = true));
  return () => ended;
}

/** Runs what the editor holds and waits until the run has ended (done, failed or cancelled). */
async function runQuery(page: Page): Promise<string> {
  await page.getByTestId('analyse-run').click();
  const result = page.getByTestId('analyse-result');
  await page.waitForFunction(
    () => {
      const state = document.querySelector('[data-testid="analyse-result"]')?.getAttribute('data-state');
      return state === 'done' || state === 'failed' || state === 'cancelled';
    },
    null,
    { timeout: 90_000 },
  );
  return (await result.getAttribute('data-state')) ?? '';
}

/** The result table as text cells by column name. */
const resultRows = (page: Page): Promise<Record<string, string>[]> =>
  page.$$eval('[data-testid="result-table"] tbody tr', (trs) =>
    trs.map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset['column'] ?? '', td.textContent ?? '']))),
  );

describe('/analyse', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('groups the buurten per gemeente with the numbers of the published tables', async () => {
    await page.goto(analyseUrl(PER_GEMEENTE));
    await expect.poll(() => page.getByTestId('analyse-tables').textContent(), { timeout: 90_000 }).toContain('buurt');
    expect(await page.getByTestId('analyse-privacy').textContent()).toContain('niets verstuurd');
    expect(await runQuery(page)).toBe('done');

    const gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
    const sums = new Map<string, number>();
    for (const r of rowsByCode(await readArrow(DATA, 'buurt')).values()) {
      if (typeof r['population'] === 'number') sums.set(String(r['gemeente_code']), (sums.get(String(r['gemeente_code'])) ?? 0) + r['population']);
    }
    const rows = await resultRows(page);
    expect(rows).toHaveLength(sums.size);
    for (const row of rows) {
      const code = row['gemeente_code']!;
      expect(row['inwoners_buurten'], code).toBe(dutch(sums.get(code)!, 0));
      expect(row['inwoners_gemeente'], code).toBe(dutch(gemeenten.get(code)!['population'] as number, 0));
    }
    // The query stays in the address.
    expect(new URL(page.url()).searchParams.get('sql')).toBe(PER_GEMEENTE);

    // Sorting by a column sorts by its numbers, largest first.
    await page.locator('[data-testid="result-table"] th button', { hasText: 'inwoners_gemeente' }).click();
    const first = (await resultRows(page))[0]!;
    const largest = Math.max(...[...gemeenten.values()].map((g) => g['population'] as number));
    expect(first['inwoners_gemeente']).toBe(dutch(largest, 0));
    await screenshot(page, 'analyse');
  });

  it('"Toon op kaart" colours the map with the result', async () => {
    await page.getByTestId('analyse-map').click();
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    await page.getByTestId('query-banner').waitFor();
    await expect.poll(() => page.getByTestId('legend').textContent(), { timeout: 60_000 }).toContain('inwoners_buurten');
    // a region the query left out is not "geen gegevens": the legend says what the grey means here
    const rows = await page.locator('[data-testid="legend"] .legend-range').allInnerTexts();
    expect(rows).toContain(t('analyse.map.missing'));
    expect(rows).not.toContain(t('legend.missing'));
    // Settled: the query's colours are drawn a frame or more after the legend names its column.
    const queryMap = await settledMapPixels(page);
    const shares = colourShares(queryMap, await legendClassColours(page));
    expect(shares.filter((s) => s > 0.001).length).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'analyse-map');
    // the map shows no theme now, so no theme tab says it does
    const chosenTabs = () => page.locator('[role="tab"][aria-selected="true"]').count();
    expect(await chosenTabs()).toBe(0);
    const queryAddress = page.url();

    await afterRedraw(page, () => page.getByTestId('query-banner-close').click());
    await expect.poll(() => page.getByTestId('legend').textContent()).not.toContain('inwoners_buurten');
    await expect.poll(async () => changedShare(queryMap, await mapPixels(page))).toBeGreaterThan(0.05);
    expect(await chosenTabs()).toBe(1);

    // choosing a theme over a query's map asks for that theme's map: the query leaves the map and the address
    await page.goto(queryAddress);
    await expect.poll(() => page.getByTestId('legend').textContent(), { timeout: 60_000 }).toContain('inwoners_buurten');
    await page.getByTestId('theme-jonge_aanwas').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sql')).toBeNull();
    await expect.poll(() => page.getByTestId('legend').textContent()).not.toContain('inwoners_buurten');
    expect(await page.getByTestId('theme-jonge_aanwas').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('query-banner').count()).toBe(0);
    // and Back shows the query's map again
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sql')).not.toBeNull();
    await expect.poll(() => page.getByTestId('legend').textContent(), { timeout: 60_000 }).toContain('inwoners_buurten');
  });

  it('a long query can be stopped, which ends the worker that ran it, and the next one runs', async () => {
    await page.goto(analyseUrl(LONG_QUERY));
    await expect.poll(() => page.getByTestId('analyse-tables').textContent(), { timeout: 90_000 }).toContain('buurt');
    await page.getByTestId('analyse-run').click();
    const ended = workerEnded(page);
    await page.getByTestId('analyse-cancel').click();
    await expect.poll(() => page.getByTestId('analyse-result').getAttribute('data-state')).toBe('cancelled');
    // Stopped, not left running: the worker computing the query would otherwise keep a core busy until it ends.
    await expect.poll(ended).toBe(true);
    await page.getByTestId('analyse-example').selectOption({ index: 2 });
    expect(await runQuery(page)).toBe('done');
    expect((await resultRows(page)).length).toBeGreaterThan(0);
  });

  it('a query stopped while the database still starts ends as stopped, and the next one runs', async () => {
    await page.goto(analyseUrl(LONG_QUERY));
    // At once: the tables are still loading, so the run waits for the database when Stop comes.
    await page.getByTestId('analyse-run').click();
    await page.getByTestId('analyse-cancel').click();
    await expect.poll(() => page.getByTestId('analyse-result').getAttribute('data-state')).toBe('cancelled');
    await page.getByTestId('analyse-example').selectOption({ index: 2 });
    expect(await runQuery(page)).toBe('done');
    expect((await resultRows(page)).length).toBeGreaterThan(0);
  });

  it('a syntax error shows DuckDB’s message in a Dutch frame', async () => {
    await page.goto(analyseUrl('SELEC code FROM gemeente'));
    await expect.poll(() => page.getByTestId('analyse-tables').textContent(), { timeout: 90_000 }).toContain('buurt');
    expect(await runQuery(page)).toBe('failed');
    const text = (await page.getByTestId('analyse-error').textContent()) ?? '';
    expect(text).toContain('De query kon niet worden uitgevoerd. DuckDB meldt:');
    expect(text).toMatch(/Parser Error: syntax error at or near "SELEC"/);
    // The same query opened on the map: the banner says why it cannot be drawn, the map keeps its own view.
    await page.goto(`${baseUrl}/?sql=${encodeURIComponent('SELEC code FROM gemeente')}`);
    await expect.poll(() => page.getByTestId('query-banner').textContent(), { timeout: 90_000 }).toContain('DuckDB meldt: Parser Error');
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    expect(session.foreignRequests).toEqual([]);
    // The editor's styles go into constructed sheets: the CSP (no inline <style>) reports nothing.
    expect(session.consoleErrors.filter((e) => e.includes('Content Security Policy'))).toEqual([]);
  });
});
