/**
 * The year slider (issue 13, "Years"): choosing another year of an indicator's series recolours the map with
 * class breaks that stay the same across years, and the year survives a reload through ?jaar=.
 */
import { readFile } from 'node:fs/promises';
import { tableFromIPC } from 'apache-arrow';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { t } from '../../web/src/i18n/nl.ts';
import { afterRedraw, changedShare, colourShares, legendClassColours, mapPixels, settledMapPixels } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
const DATA = resolve(REPO_ROOT, 'public/data');
const INDICATOR = 'misdrijven_totaal';

interface ManifestJson {
  indicators: { id: string; year: string; series?: string | null }[];
  trends: { id: string; years: number[] }[];
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const legendRanges = (page: Page) => page.locator('[data-testid="legend"] .legend-row .legend-range').allInnerTexts();

describe('year slider', () => {
  let session: Session;
  let page: Page;
  let years: number[];
  /** The indicator's published year (its own value's). */
  let published: string;

  beforeAll(async () => {
    const manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as ManifestJson;
    published = manifest.indicators.find((i) => i.id === INDICATOR)?.year ?? '';
    const series = manifest.indicators.find((i) => i.id === INDICATOR)?.series;
    years = manifest.trends.find((s) => s.id === series)?.years ?? [];
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('recolours the map per year with the same class breaks for every year', async () => {
    expect(years.length, `${INDICATOR} has a yearly series in the manifest`).toBeGreaterThanOrEqual(3);
    const [first, last] = [years[0]!, years.at(-1)!];
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&indicator=${INDICATOR}&toon=waarde&niveau=gemeente`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    const slider = page.getByTestId('year-input');
    await slider.waitFor();

    await afterRedraw(page, () => slider.fill('0'));
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('jaar') === String(y), first);
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain('Klassengrenzen gelijk voor alle jaren');
    const firstRanges = await legendRanges(page);
    const firstPixels = await settledMapPixels(page);
    const colours = await legendClassColours(page);
    expect(colourShares(firstPixels, colours).filter((s) => s > 0.003).length).toBeGreaterThanOrEqual(3);
    await screenshot(page, `years-01-${first}`);

    await afterRedraw(page, () => slider.fill(String(years.length - 1)));
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('jaar') === String(y), last);
    await expect.poll(async () => changedShare(firstPixels, await mapPixels(page))).toBeGreaterThan(0.002);
    await screenshot(page, `years-02-${last}`);
    // Fixed breaks: the class ranges are the same text, only the counts and the colours of the regions move.
    expect(await legendRanges(page)).toEqual(firstRanges);
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain(`jaar ${last}`);
  });

  it('keeps the chosen year in the address across a reload', async () => {
    const last = years.at(-1)!;
    const before = await legendRanges(page);
    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    expect(param(page, 'jaar')).toBe(String(last));
    await expect.poll(() => page.getByTestId('year-value').innerText()).toBe(String(last));
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain(`jaar ${last}`);
    expect(await legendRanges(page)).toEqual(before);

    await afterRedraw(page, () => page.getByTestId('year-reset').click());
    expect(param(page, 'jaar')).toBeNull();
    await expect.poll(() => page.getByTestId('legend').innerText()).not.toContain('Klassengrenzen gelijk');
  });

  it('keeps the chosen year in every view while the weights change', async () => {
    const year = years[0]!;
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&indicator=${INDICATOR}&toon=waarde&niveau=gemeente&jaar=${year}`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain(`jaar ${year}`);
    // Every legend the page shows from here on, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { legends: seen });
      new MutationObserver(() => seen.push(document.querySelector('[data-testid="legend"]')?.textContent ?? '')).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page.getByTestId('weights').locator('summary').click();
    const weight = page.locator('[data-testid^="weight-"]').first();
    await weight.fill((await weight.inputValue()) === '0' ? '1' : '0');
    // The banner comes with the new view of the data: a legend without the year would have been drawn with it.
    await page.getByTestId('weights-banner').waitFor();
    const legends = await page.evaluate(() => (window as unknown as { legends: string[] }).legends);
    expect(legends.length).toBeGreaterThan(0);
    expect(legends.filter((legend) => !legend.includes(`jaar ${year}`))).toEqual([]);
  });

  it('shows the indicator over the years in a wijk profile, with its gemeente and Nederland as reference lines', async () => {
    const trends = tableFromIPC(await readFile(resolve(DATA, 'trends.arrow')));
    const series = 'misdrijven_geregistreerd_per_1000';
    const byCode = new Map<string, number>();
    for (const r of trends) {
      const row = r.toJSON() as { code: string; series: string; value: number | null };
      if (row.series === series && row.value !== null) byCode.set(row.code, (byCode.get(row.code) ?? 0) + 1);
    }
    const wijk = [...byCode.keys()].find((c) => c.startsWith('WK'));
    expect(wijk, 'the series has wijken').toBeDefined();
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&indicator=${INDICATOR}&toon=waarde&niveau=wijk&gebied=${wijk!}`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    const chart = page.getByTestId('indicator-trend-chart');
    await chart.waitFor({ timeout: 20_000 });
    // One dot per published year of the wijk's own line, read from the published trends file.
    expect(await page.getByTestId('indicator-trend-chart-primary').getAttribute('data-points')).toBe(String(byCode.get(wijk!)));
    const references = await page.getByTestId('indicator-trend-chart-reference').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')));
    expect(references).toHaveLength(2);
    expect(references).toContain('NL00');
    expect(references.find((c) => c !== 'NL00')).toBe(`GM${wijk!.slice(2, 6)}`);
    await screenshot(page, 'years-03-wijk-trend');
  });

  it('shows a chosen year as values, and says so where percentiles were asked for', async () => {
    const first = years[0]!;
    await page.goto(`${baseUrl}/?thema=maatschappelijke_onrust&indicator=${INDICATOR}&toon=percentiel&niveau=gemeente`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    const pressed = (id: string) => page.getByTestId(id).getAttribute('aria-pressed');
    expect(await pressed('measure-pct')).toBe('true');
    await afterRedraw(page, () => page.getByTestId('year-input').fill('0'));
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('jaar') === String(y), first);
    await expect.poll(() => pressed('measure-value')).toBe('true');
    expect(await pressed('measure-pct')).toBe('false');
    expect(await page.getByTestId('measure-pct').isDisabled()).toBe(true);
    expect(await page.getByTestId('measure-nl').isDisabled()).toBe(true);
    expect(await page.getByTestId('measure-year-note').innerText()).toBe(t('panel.measure.yearOnly', { year: first, published }));
    // the classes are quantiles over all years, not of this year: the legend does not claim equal classes
    const legend = await page.getByTestId('legend').innerText();
    expect(legend).toContain(t('legend.quantileOverYears', { from: first, to: years.at(-1)! }));
    expect(legend).not.toContain(t('legend.quantile'));
    // sliding to the published year is no chosen year: percentiles again, as the address asked
    const own = years.indexOf(Number(published));
    expect(own, 'the published year is a year of the series').toBeGreaterThanOrEqual(0);
    await afterRedraw(page, () => page.getByTestId('year-input').fill(String(own)));
    await expect.poll(() => param(page, 'jaar')).toBeNull();
    await expect.poll(() => pressed('measure-pct')).toBe('true');
    expect(await page.getByTestId('measure-year-note').count()).toBe(0);
  });
});
