/**
 * Every view follows the values the map shows (issues 13 and 14): with a year chosen on the slider, or with
 * "gecorrigeerd voor kleine aantallen" on, the map's real pixels change, the address keeps the choice, and the
 * tooltip, the profile, the table and the CSV export show the same values as the published Arrow files (trends.arrow for a
 * year, `<id>__eb` for the correction). One new indicator is compared column by column against wijk.arrow.
 * Columns that describe other numbers are never shown: with custom weights the rescored theme has no standard-weight
 * interval or hotspots, with the correction the profile has no raw percentile band, and tooltip, profile and legend
 * say why; a chosen year's missing value says the reason trends.arrow publishes for that gap.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { col, type IndicatorManifest, type Manifest, type MissingReason } from '@atlas/contract';
import { percentileRanks } from '@atlas/maths';
import { withInterval } from '../../web/src/explain/interval-text.ts';
import { fmt } from '../../web/src/format/format.ts';
import { MISSING_REASON_LABEL_NL, t } from '../../web/src/i18n/nl.ts';
import { parseCsv } from '../support/csv-reader.ts';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { hoverRegion } from './map-hover.ts';
import { afterRedraw, changedShare, mapPixels, settledMapPixels } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
const THEME = 'maatschappelijke_onrust';
const CRIME = 'misdrijven_totaal';
const INCOME = 'inkomen_per_inwoner';
/** Rows whose published value the atlas withholds; no other year's value may show for them either. */
const WITHHELD = ['below_min_population', 'suppressed_privacy'];
type Row = Record<string, unknown>;
const WEIGHTS_NOTE = t('weights.describing');
const SMOOTHED_NOTE = t('values.smoothedDescribing');

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl}/?${query}`);
  await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
}

/** Hovers points across the middle of the map until the tooltip names a region; returns that name. */
const MIDDLE = [0.5, 0.45, 0.55, 0.4, 0.6].flatMap((x) => [0.5, 0.4, 0.6].map((y) => [x, y] as const));
const hoverName = async (page: Page): Promise<string> => (await hoverRegion(page, MIDDLE)).name;

/** The exported CSV of the map page's table: its header and rows (the first line says what it is). */
async function exportCsv(page: Page): Promise<{ header: string[]; body: string[][] }> {
  await page.getByTestId('export-menu').click();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-csv').click()]);
  const [, header, ...body] = parseCsv((await readFile(await d.path())).subarray(3).toString('utf8'));
  if (!header) throw new Error('CSV without a header');
  return { header, body };
}

/** The export's rounding: half away from zero at the column's published precision. */
const rounded = (v: number | null, decimals: number): number | null => {
  if (v === null) return null;
  const f = 10 ** decimals;
  return (Math.sign(v) * Math.round(Math.abs(v) * f + Number.EPSILON * f)) / f;
};
/** One column of the CSV as sorted "code=value" lines, to compare whole columns at once. */
function csvColumn(csv: { header: string[]; body: string[][] }, header: string): string[] {
  const i = csv.header.indexOf(header);
  expect(i, `CSV column "${header}" in ${csv.header.join(' | ')}`).toBeGreaterThan(0);
  return csv.body.map((cells) => `${cells[0]}=${cells[i]}`).sort();
}
/** The exported header of an indicator's value column: label (proxy, unit, year[, gecorrigeerd]). */
const headerOf = (i: IndicatorManifest, year: string | number, corrected = false): string =>
  `${i.label} (${[i.kind === 'proxy' ? 'proxy' : '', i.unit, String(year), corrected ? 'gecorrigeerd' : ''].filter(Boolean).join(', ')})`;
const expectedColumn = (codes: readonly string[], valueOf: (code: string) => number | null, decimals: number): string[] =>
  codes.map((code) => `${code}=${fmtCell(rounded(valueOf(code), decimals))}`).sort();
const fmtCell = (v: number | null): string => (v === null ? '' : String(v).replace('.', ','));

describe('every view follows the shown values', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let crime: IndicatorManifest;
  let gemeenten: Map<string, Row>;
  let codeOfName: Map<string, string>;
  /** The crime series per gemeente code and year, read from the published trends.arrow. */
  let series: Map<string, Map<number, number>>;
  let years: number[];

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    const found = manifest.indicators.find((i) => i.id === CRIME);
    if (!found?.series) throw new Error(`${CRIME} has no series in the manifest`);
    crime = found;
    years = [...(manifest.trends.find((s) => s.id === found.series)?.years ?? [])].sort((a, b) => a - b);
    gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
    codeOfName = new Map([...gemeenten].map(([code, row]) => [String(row['name']), code]));
    series = new Map();
    for (const r of tableFromIPC(await readFile(resolve(DATA, 'trends.arrow')))) {
      const row = r.toJSON() as { code: string; series: string; year: number; value: number | null };
      if (row.series !== found.series || row.value === null) continue;
      if (!series.has(row.code)) series.set(row.code, new Map());
      series.get(row.code)?.set(row.year, row.value);
    }
    session = await openSession(baseUrl, { width: 1440, height: 900 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** A gemeente's shown value for a year: the trends value, unless the atlas withholds the gemeente's value. */
  const yearValue = (code: string, year: number): number | null =>
    WITHHELD.includes(String(gemeenten.get(code)?.[col.reason(CRIME)])) ? null : (series.get(code)?.get(year) ?? null);

  it('a chosen year recolours the map, round-trips the address, and is the value in tooltip, profile, table and CSV', async () => {
    expect(years.length).toBeGreaterThanOrEqual(3);
    const year = years[0] ?? 0;
    const query = `thema=${THEME}&indicator=${CRIME}&toon=waarde&niveau=gemeente`;
    await open(page, query);
    await page.getByTestId('year-input').waitFor();
    const published = await settledMapPixels(page);
    await afterRedraw(page, () => page.getByTestId('year-input').fill('0'));
    await page.waitForFunction((y) => new URL(location.href).searchParams.get('jaar') === String(y), year);
    await expect.poll(() => page.getByTestId('legend').innerText(), { timeout: 20_000 }).toContain(`jaar ${year}`);
    await expect.poll(async () => changedShare(published, await mapPixels(page))).toBeGreaterThan(0.002);
    await screenshot(page, `values-follow-01-year-${year}`);

    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    expect([param(page, 'jaar'), param(page, 'indicator'), param(page, 'toon')]).toEqual([String(year), CRIME, 'waarde']);
    await expect.poll(() => page.getByTestId('legend').innerText(), { timeout: 20_000 }).toContain(`jaar ${year}`);

    const name = await hoverName(page);
    const code = codeOfName.get(name);
    expect(code, `hovered "${name}" is a published gemeente`).toBeDefined();
    const expected = yearValue(code ?? '', year);
    expect(expected, `${name} has a ${year} value in trends.arrow`).not.toBeNull();
    const text = fmt.value(expected, crime.unit, crime.decimals);
    await expect.poll(() => page.locator('[data-testid="tooltip"] .tooltip-value').innerText()).toBe(text);
    expect(await page.getByTestId('tooltip-note').innerText()).toContain(`Waarde van ${year}`);

    // The profile: the year's value without the published year's interval, its percentile among the gemeenten that year.
    const codes = [...gemeenten.keys()];
    const values = codes.map((c) => yearValue(c, year));
    const ranks = new Map(codes.map((c, i) => [c, percentileRanks(values, crime.direction)[i] ?? null]));
    await open(page, `${query}&jaar=${year}&gebied=${code ?? ''}`);
    const profileRow = page.getByTestId(`profile-indicator-${CRIME}`);
    await expect.poll(() => profileRow.locator('.ind-values dd.strong').innerText(), { timeout: 20_000 }).toBe(text);
    expect(await profileRow.locator('.pct-num').innerText()).toBe(fmt.score(ranks.get(code ?? '') ?? null));
    expect(await page.getByTestId(`value-note-${CRIME}`).innerText()).toContain(`Waarde van ${year}`);

    await open(page, `${query}&weergave=tabel&jaar=${year}`);
    await page.getByTestId('table-filter').fill(name);
    const label = `${crime.label} · ${year}`;
    const cell = page.locator('[data-testid="table"] tbody tr', { has: page.getByRole('button', { name, exact: true }) }).locator(`td[data-label="${label}"]`);
    await expect.poll(() => cell.innerText(), { timeout: 20_000 }).toBe(text);

    // The CSV: the year's value for every gemeente, and its percentile among the gemeenten for that year.
    await page.getByTestId('table-filter').fill('');
    // The export takes the table's current rows: wait until the cleared filter shows them all again.
    await expect.poll(() => page.locator('[data-testid="table"] tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const csv = await exportCsv(page);
    const header = headerOf(crime, year);
    expect(csvColumn(csv, header)).toEqual(expectedColumn(codes, (c) => yearValue(c, year), crime.decimals));
    expect(csvColumn(csv, `${header}: percentiel (0–100)`)).toEqual(expectedColumn(codes, (c) => ranks.get(c) ?? null, 1));
  });

  it('"gecorrigeerd voor kleine aantallen" recolours the map, round-trips the address, and shows __eb in tooltip and CSV', async () => {
    await open(page, `thema=${THEME}&indicator=${CRIME}&toon=waarde&niveau=gemeente`);
    const raw = await settledMapPixels(page);
    await afterRedraw(page, () => page.getByTestId('toggle-corrected').check());
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gecorrigeerd') === 'aan');
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain('Gecorrigeerd voor kleine aantallen');
    await expect.poll(async () => changedShare(raw, await mapPixels(page))).toBeGreaterThan(0.002);
    await screenshot(page, 'values-follow-02-corrected');

    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready, null, { timeout: 30_000 });
    expect([param(page, 'gecorrigeerd'), param(page, 'indicator'), param(page, 'thema')]).toEqual(['aan', CRIME, THEME]);
    expect(await page.getByTestId('toggle-corrected').isChecked()).toBe(true);

    const name = await hoverName(page);
    const row = gemeenten.get(codeOfName.get(name) ?? '');
    expect(row, `hovered "${name}" is a published gemeente`).toBeDefined();
    const eb = row?.[col.eb(CRIME)];
    expect(typeof eb, `${name} has a smoothed value`).toBe('number');
    await expect.poll(() => page.locator('[data-testid="tooltip"] .tooltip-value').innerText()).toBe(fmt.value(Number(eb), crime.unit, crime.decimals));
    expect(await page.getByTestId('tooltip-note').innerText()).toMatch(/^Gecorrigeerd voor kleine aantallen; ongecorrigeerd /);

    const csv = await exportCsv(page);
    const header = headerOf(crime, crime.year, true);
    const number = (code: string, column: string): number | null => {
      const v = gemeenten.get(code)?.[column];
      return typeof v === 'number' ? v : null;
    };
    const codes = [...gemeenten.keys()];
    expect(csvColumn(csv, header)).toEqual(expectedColumn(codes, (c) => number(c, col.eb(CRIME)), crime.decimals));
    expect(csvColumn(csv, `${header}: percentiel (0–100)`)).toEqual(expectedColumn(codes, (c) => number(c, col.pctEb(CRIME)), 1));
    expect(csvColumn(csv, `Themascore ${manifest.themes.find((t) => t.id === THEME)?.label} (0–100), gecorrigeerd`)).toEqual(
      expectedColumn(codes, (c) => number(c, col.themeEb(THEME)), 1),
    );
  });

  /** A gemeente whose published row has a number in every one of `columns`. */
  const gemeenteWith = (...columns: string[]): string => {
    const found = [...gemeenten].find(([, row]) => columns.every((c) => typeof row[c] === 'number'));
    if (!found) throw new Error(`no gemeente with ${columns.join(', ')}`);
    return found[0];
  };

  it('with custom weights the rescored theme shows no standard-weight interval or hotspots; tooltip, profile and legend say why', async () => {
    const theme = manifest.themes.find((th) => th.id === THEME);
    const [first] = theme?.indicators ?? [];
    if (!first) throw new Error(`${THEME} has no indicators`);
    const query = `thema=${THEME}&niveau=gemeente`;
    // With the standard weights the score's interval can fade the map.
    await open(page, query);
    await page.getByTestId('toggle-uncertain').waitFor();
    expect(await page.getByTestId('legend').innerText()).not.toContain(WEIGHTS_NOTE);

    const weging = `${THEME}.${first.id}:${first.weight === 5 ? 4 : 5}`;
    await open(page, `${query}&weging=${weging}&onzekerheid=aan`);
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain(WEIGHTS_NOTE);
    expect(await page.getByTestId('toggle-uncertain').count()).toBe(0);
    await hoverName(page);
    await expect.poll(() => page.getByTestId('tooltip-note').innerText()).toBe(WEIGHTS_NOTE);
    await screenshot(page, 'values-follow-03-weights-note');

    const code = gemeenteWith(col.theme(THEME), col.themeLo(THEME), col.themeHi(THEME));
    await open(page, `${query}&weging=${weging}&gebied=${code}`);
    await expect.poll(() => page.getByTestId('value-note-theme').innerText(), { timeout: 20_000 }).toBe(WEIGHTS_NOTE);
  });

  it('with the correction on the profile shows no raw interval or percentile band; tooltip, profile and legend say why', async () => {
    const code = gemeenteWith(col.eb(CRIME), col.value(CRIME), col.lo(CRIME), col.hi(CRIME), col.pctLo(CRIME), col.pctHi(CRIME));
    const row = gemeenten.get(code) ?? {};
    const query = `thema=${THEME}&indicator=${CRIME}&toon=waarde&niveau=gemeente&gebied=${code}`;
    const profileRow = page.getByTestId(`profile-indicator-${CRIME}`);
    const value = profileRow.locator('.ind-values dd.strong');
    const number = (column: string): number => Number(row[column]);
    // Raw: the value with its interval, and the percentile interval as a band.
    await open(page, query);
    const rawText = withInterval(number(col.value(CRIME)), number(col.lo(CRIME)), number(col.hi(CRIME)), crime.unit, crime.decimals);
    await expect.poll(() => value.innerText(), { timeout: 20_000 }).toBe(rawText);
    expect(await profileRow.getByTestId('percentile-band').count()).toBe(1);

    await open(page, `${query}&gecorrigeerd=aan`);
    await expect.poll(() => value.innerText(), { timeout: 20_000 }).toBe(fmt.value(number(col.eb(CRIME)), crime.unit, crime.decimals));
    expect(await profileRow.getByTestId('percentile-band').count()).toBe(0);
    const note = await page.getByTestId(`value-note-${CRIME}`).innerText();
    expect(note).toContain(rawText);
    expect(note).toContain(SMOOTHED_NOTE);
    await expect.poll(() => page.getByTestId('legend').innerText()).toContain(SMOOTHED_NOTE);
    expect(await page.getByTestId('toggle-uncertain').count()).toBe(0);
    await hoverName(page);
    await expect.poll(() => page.getByTestId('tooltip-note').innerText()).toContain(SMOOTHED_NOTE);
    expect(await page.locator('[data-testid="tooltip"] .tooltip-value').innerText()).not.toContain('(');
  });

  it("a chosen year's missing value says the reason trends.arrow publishes for that gap", async () => {
    const turnout = manifest.indicators.find((i) => i.series && i.levels.some((l) => l.level === 'gemeente') && i.id !== CRIME);
    if (!turnout?.series) throw new Error('no second indicator with a series on gemeente level');
    let gap: { code: string; year: number; reason: MissingReason } | null = null;
    for (const r of tableFromIPC(await readFile(resolve(DATA, 'trends.arrow')))) {
      const g = r.toJSON() as { code: string; series: string; year: number; value: number | null; reason: MissingReason | null };
      // A gemeente whose published value is there: the reason can only come from the gap row.
      if (g.series === turnout.series && g.value === null && g.reason && gemeenten.get(g.code)?.[col.reason(turnout.id)] === null)
        gap = { code: g.code, year: g.year, reason: g.reason };
    }
    if (!gap) throw new Error(`trends.arrow has no gap row with a reason for ${turnout.series}`);
    await open(page, `thema=${THEME}&indicator=${turnout.id}&toon=waarde&niveau=gemeente&jaar=${gap.year}&gebied=${gap.code}`);
    const shown = page.getByTestId(`profile-indicator-${turnout.id}`).locator('.ind-values > div:first-child dd');
    await expect.poll(() => shown.innerText(), { timeout: 20_000 }).toBe(fmt.missing(gap.reason));
    expect(fmt.missing(gap.reason)).toBe(MISSING_REASON_LABEL_NL[gap.reason]);
  });

  it(`the new indicator ${INCOME} in the wijk table's CSV equals wijk.arrow, value, reason and percentile`, async () => {
    const income = manifest.indicators.find((i) => i.id === INCOME);
    if (!income) throw new Error(`${INCOME} is not in the manifest`);
    const wijken = rowsByCode(await readArrow(DATA, 'wijk'));
    await open(page, `thema=jonge_aanwas&indicator=${INCOME}&toon=waarde&niveau=wijk`);
    const csv = await exportCsv(page);
    expect(csv.body).toHaveLength(wijken.size);
    const codes = [...wijken.keys()];
    const number = (code: string, column: string): number | null => {
      const v = wijken.get(code)?.[column];
      return typeof v === 'number' ? v : null;
    };
    const header = headerOf(income, income.year);
    const values = csvColumn(csv, header);
    expect(values).toEqual(expectedColumn(codes, (c) => number(c, col.value(INCOME)), income.decimals));
    expect(values.filter((v) => v.endsWith('=')).length, 'the column has gaps, left empty').toBeGreaterThan(0);
    expect(csvColumn(csv, `${header}: percentiel (0–100)`)).toEqual(expectedColumn(codes, (c) => number(c, col.percentile(INCOME)), 1));
    const reason = (code: string): string => {
      const r = wijken.get(code)?.[col.reason(INCOME)];
      return number(code, col.value(INCOME)) === null && typeof r === 'string' ? MISSING_REASON_LABEL_NL[r as MissingReason] : '';
    };
    expect(csvColumn(csv, `${header}: reden geen waarde`)).toEqual(codes.map((c) => `${c}=${reason(c)}`).sort());
  });
});
