/**
 * "Eigen weging" end to end, in Chromium against the production build on the real data: one weight changed in
 * the theme panel gives Amsterdam the theme score that an independent recomputation from the published
 * percentiles in gemeente.arrow gives (in the CSV export, at its published precision of one decimal; the
 * unit test web/src/weights/rescore.test.ts checks the unrounded maths against the pipeline), the profile
 * and the banner follow, the weights survive a reload from the address, and the reset brings back the
 * published score.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { col, type Level, type Manifest } from '@atlas/contract';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { parseCsv } from '../support/csv-reader.ts';
import { t } from '../../web/src/i18n/nl.ts';
import { signedPoints } from '../../web/src/summary/summary-model.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { afterRedraw } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (the dist dir's copy), so expectations and screen read the same files.
const DATA = resolve(REPO_ROOT, process.env.ATLAS_DIST_DIR ?? 'dist', 'data');
const AMSTERDAM = 'GM0363';
type Row = Record<string, unknown>;
type Theme = Manifest['themes'][number];

/**
 * The theme score written out from the rule in /methode, not from the app's code: the weighted mean of
 * the percentiles present, over the theme's indicators that exist on the level and have a positive weight;
 * none when fewer than minIndicators of them are weighted or when the weight present is below minWeightShare.
 */
function recompute(row: Row, manifest: Manifest, theme: Theme, weights: Map<string, number>, level: Level = 'gemeente'): number | null {
  const onLevel = theme.indicators.filter((ref) => manifest.indicators.find((i) => i.id === ref.id)?.levels.some((l) => l.level === level));
  const weighted = onLevel.map((ref) => ({ pct: row[col.percentile(ref.id)], weight: weights.get(ref.id) ?? ref.weight })).filter((p) => p.weight > 0);
  if (weighted.length < theme.minIndicators) return null;
  let total = 0;
  let present = 0;
  let sum = 0;
  for (const { pct, weight } of weighted) {
    total += weight;
    if (typeof pct !== 'number' || !Number.isFinite(pct)) continue;
    present += weight;
    sum += weight * pct;
  }
  return present > 0 && present / total + 1e-9 >= theme.minWeightShare ? sum / present : null;
}

/** The region's theme score in the CSV export, after checking that the file says whether custom weights made it. */
async function csvScore(page: Page, code: string, weighted: boolean): Promise<string> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-csv').click()]);
  const text = (await readFile(await download.path())).subarray(3).toString('utf8');
  const [about, header, ...body] = parseCsv(text);
  const scoreIndex = header!.findIndex((h) => h.startsWith('Themascore'));
  expect(header![scoreIndex]!.endsWith(`, ${t('values.columnWeighted')}`)).toBe(weighted);
  // the description's text before the list of weights, whatever that text holds
  const weightedLine = t('export.about.weighted', { weights: '\u0000' }).split('\u0000')[0]!;
  expect(about!.join(' ').includes(weightedLine)).toBe(weighted);
  const row = body.find((cells) => cells[0] === code);
  if (!row) throw new Error(`${code} not in the CSV export`);
  return row[scoreIndex] ?? '';
}

const fromCsv = (cell: string): number | null => (cell === '' ? null : Number(cell.replace(',', '.')));
/** Exports carry scores at one decimal (web/src/export/export-table.ts); a theme score is never negative. */
const oneDecimal = (v: number): number => Math.round(v * 10) / 10;

describe('eigen weging', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let amsterdam: Row;
  let theme: Theme;

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    amsterdam = rowsByCode(await readArrow(DATA, 'gemeente')).get(AMSTERDAM)!;
    // The theme with the most indicators, so one changed weight moves the score without emptying it.
    theme = [...manifest.themes].sort((a, b) => b.indicators.length - a.indicators.length)[0]!;
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the independent recomputation with the catalogue weights is the published score', () => {
    const published = amsterdam[col.theme(theme.id)] as number;
    expect(recompute(amsterdam, manifest, theme, new Map())).toBeCloseTo(published, 9);
  });

  it('one changed weight gives the independently recomputed score, in the export, the profile and the address', async () => {
    await page.goto(`${baseUrl}/?thema=${theme.id}&niveau=gemeente&gebied=${AMSTERDAM}`);
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    // An indicator Amsterdam has a percentile for: its weight matters.
    const changed = theme.indicators.find((ref) => typeof amsterdam[col.percentile(ref.id)] === 'number')!;
    const weights = new Map([[changed.id, 5]]);
    const expected = recompute(amsterdam, manifest, theme, weights)!;
    expect(oneDecimal(expected)).not.toBe(oneDecimal(amsterdam[col.theme(theme.id)] as number));

    await page.getByTestId('weights').locator('summary').click();
    await afterRedraw(page, async () => {
      await page.getByTestId(`weight-${changed.id}`).fill('5');
      await page.getByTestId('weights-banner').waitFor();
    });
    expect(new URL(page.url()).searchParams.get('weging')).toBe(`${theme.id}.${changed.id}:5`);
    await expect.poll(() => page.locator('.score-big').first().textContent()).toBe(String(Math.round(expected)));
    expect(fromCsv(await csvScore(page, AMSTERDAM, true))).toBe(oneDecimal(expected));
    await screenshot(page, 'weights-panel');
  });

  it('the weights come back from the address, and the reset restores the published score', async () => {
    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 60_000 });
    const changed = theme.indicators.find((ref) => typeof amsterdam[col.percentile(ref.id)] === 'number')!;
    expect(await page.getByTestId(`weight-${changed.id}`).inputValue()).toBe('5');
    expect(await page.getByTestId('weights-banner').textContent()).toContain('eigen weging — wijkt af van de standaard');
    const expected = recompute(amsterdam, manifest, theme, new Map([[changed.id, 5]]))!;
    expect(fromCsv(await csvScore(page, AMSTERDAM, true))).toBe(oneDecimal(expected));

    await page.getByTestId('weights-banner-reset').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('weging')).toBeNull();
    await expect.poll(() => page.getByTestId('weights-banner').count()).toBe(0);
    expect(fromCsv(await csvScore(page, AMSTERDAM, false))).toBe(oneDecimal(amsterdam[col.theme(theme.id)] as number));
    expect(session.foreignRequests).toEqual([]);
  });

  it('the wijken listed in the profile follow the weights, also when their table loaded before the change', async () => {
    await page.goto(`${baseUrl}/?thema=${theme.id}&niveau=gemeente&gebied=${AMSTERDAM}`);
    // Every level's table is loaded in the background by then, with the standard weights.
    await page.waitForFunction(() => window.__atlas?.duckdbReady, null, { timeout: 60_000 });
    const wijken = [...rowsByCode(await readArrow(DATA, 'wijk')).values()].filter((row) => row.gemeente_code === AMSTERDAM);
    const shown = (v: number | null): string => (v === null ? '' : String(Math.round(v)));
    const listFor = (weights: Map<string, number>) =>
      new Map(wijken.map((row) => [row.name as string, shown(recompute(row, manifest, theme, weights, 'wijk'))]));
    const published = listFor(new Map());
    // The first indicator whose weight moves a listed wijk's score.
    const changed = theme.indicators.find((ref) => [...listFor(new Map([[ref.id, 5]]))].some(([name, score]) => published.get(name) !== score))!;
    const expected = listFor(new Map([[changed.id, 5]]));

    await page.getByTestId('weights').locator('summary').click();
    await page.getByTestId(`weight-${changed.id}`).fill('5');
    await page.getByTestId('weights-banner').waitFor();
    const listed = async (): Promise<Map<string, string>> =>
      new Map(
        (
          await page
            .getByTestId('child-list')
            .locator('.buurt-row')
            .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('span')].map((s) => s.textContent ?? '')))
        ).map(([name = '', score = '']) => [name, /^\d+$/.test(score) ? score : '']),
      );
    await expect.poll(listed).toEqual(expected);
  });

  it("the table's limit to the selected gemeente stays lifted when the weights change", async () => {
    await page.goto(`${baseUrl}/?thema=${theme.id}&niveau=wijk&gebied=${AMSTERDAM}&weergave=tabel`);
    await page.getByTestId('table-within').waitFor({ timeout: 60_000 });
    await page.getByTestId('table-within-clear').click();
    await page.getByTestId('table-within-offer').waitFor();
    const [first] = theme.indicators;
    if (!first) throw new Error(`${theme.id} has no indicators`);
    await page.getByTestId('weights').locator('summary').click();
    await page.getByTestId(`weight-${first.id}`).fill(first.weight === 5 ? '4' : '5');
    // The rows sorted with the new weights come after the limit's own look-up in the new view (a shorter chain of
    // promises, started first): from here on, a limit set again would be on screen.
    await expect.poll(() => page.locator('.table-foot').innerText()).toContain(t('table.engine.weights'));
    expect(await page.getByTestId('table-within').count()).toBe(0);
    expect(await page.getByTestId('table-within-offer').count()).toBe(1);
  });

  it('the summary page says which weighting it shows', async () => {
    const changed = theme.indicators[0]!;
    await page.goto(`${baseUrl}/gemeente/${AMSTERDAM}?weging=${theme.id}.${changed.id}:0`);
    await expect.poll(() => page.getByTestId('weighting-note').textContent()).toContain('eigen weging');
    // "Weegt het zwaarst" explains the custom score: the weight set to 0 pulls nothing, and the two largest pulls
    // under the custom weights are listed (with the catalogue's weights they were other points, adding up to another score)
    const weights = new Map([[changed.id, 0]]);
    const parts = theme.indicators.flatMap((ref) => {
      const pct = amsterdam[col.percentile(ref.id)];
      const weight = weights.get(ref.id) ?? ref.weight;
      return typeof pct === 'number' && Number.isFinite(pct) && weight > 0 ? [{ id: ref.id, weight, pct }] : [];
    });
    const total = parts.reduce((sum, p) => sum + p.weight, 0);
    const pulls = parts.map((p) => ({ id: p.id, weight: p.weight, points: (p.weight * (p.pct - 50)) / total }));
    expect(50 + pulls.reduce((sum, p) => sum + p.points, 0)).toBeCloseTo(recompute(amsterdam, manifest, theme, weights)!, 9);
    const top2 = [...pulls].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.weight - a.weight || a.id.localeCompare(b.id)).slice(0, 2);
    await expect
      .poll(() => page.$$eval(`[data-testid="summary-weighs-${theme.id}"] li`, (lis) => lis.map((li) => li.getAttribute('data-id'))))
      .toEqual(top2.map((p) => p.id));
    const shown = await page.$$eval(`[data-testid="summary-weighs-${theme.id}"] li`, (lis) => lis.map((li) => li.textContent ?? ''));
    shown.forEach((text, i) => expect(text).toContain(signedPoints(top2[i]!.points)));
    // its printed address is the weighted page's
    expect(await page.locator('.sum-foot').innerText()).toContain(`weging=${theme.id}.${changed.id}:0`);
    await page.goto(`${baseUrl}/gemeente/${AMSTERDAM}`);
    await expect.poll(() => page.getByTestId('weighting-note').textContent()).toContain('standaardweging');
  });

  it('the weights go along on every link out of the map: the profile to the summary, the header to the comparison', async () => {
    const weging = `${theme.id}.${theme.indicators[0]!.id}:0`;
    await page.goto(`${baseUrl}/?thema=${theme.id}&gebied=${AMSTERDAM}&weging=${weging}`);
    await page.getByTestId('profile-summary-link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/gemeente/${AMSTERDAM}`);
    expect(new URL(page.url()).searchParams.get('weging')).toBe(weging);
    await expect.poll(() => page.getByTestId('weighting-note').textContent()).toContain('eigen weging');
    await page.getByRole('navigation').getByRole('link', { name: 'Vergelijk' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vergelijk');
    expect(new URL(page.url()).searchParams.get('weging')).toBe(weging);
  });
});
