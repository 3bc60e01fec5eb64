/**
 * /vergelijk end to end, in Chromium against the production build on the real data: three gemeenten chosen
 * with the keyboard, every cell checked against gemeente.arrow (read here with apache-arrow) in Dutch number
 * format, the national column, a reload from the URL, the "vergelijkbare gemeenten" button, and three
 * politie-eenheden whose values must equal Σ numerator / Σ denominator over their gemeenten.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { col, type IndicatorManifest, type Manifest, type MissingReason } from '@atlas/contract';
import { MISSING_REASON_LABEL_NL } from '../../web/src/i18n/nl.ts';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { openSession, screenshot, type Session } from './browser.ts';
import { dutch } from './dutch.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (ATLAS_E2E_DATA_DIR when a run serves its own data build).
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
type Row = Record<string, unknown>;

const TILBURG = 'GM0855';
const BREDA = 'GM0758';
const EINDHOVEN = 'GM0772';
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A value as the compare table writes it: the unit only when it is a sign (%, €). */
function expectedValue(value: number, ind: IndicatorManifest): string {
  const n = dutch(value, ind.decimals);
  if (ind.unit === '%') return `${n}%`;
  if (ind.unit === '€') return `€ ${n}`;
  return n;
}

/** Every cell of the compare table: row test id → column code (or NL) → { value, extra } texts. */
async function tableCells(page: Page): Promise<Record<string, Record<string, { value: string; extra: string }>>> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, { value: string; extra: string }>> = {};
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('[data-testid="compare-table"] tr[data-testid]')) {
      const cells: Record<string, { value: string; extra: string }> = {};
      for (const td of tr.querySelectorAll<HTMLTableCellElement>('td[data-code]')) {
        cells[td.dataset['code']!] = {
          value: td.querySelector('.cmp-value')?.textContent?.trim() ?? '',
          extra: td.querySelector('.cmp-pct')?.textContent?.trim() ?? '',
        };
      }
      out[tr.dataset['testid']!] = cells;
    }
    return out;
  });
}

const columnCodes = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="compare-table"] thead th[data-testid^="compare-col-"]', (ths) =>
    ths.map((th) => (th as HTMLElement).dataset['testid']!.slice('compare-col-'.length)),
  );

async function pick(page: Page, name: string, code: string): Promise<void> {
  const input = page.getByTestId('compare-search');
  await input.focus();
  await page.keyboard.type(name);
  // The exact name comes first; the arrow keys move and Enter chooses, as in the header search.
  await page.getByTestId(`compare-search-option-${code}`).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('gebieden') ?? '').toContain(code);
}

describe('/vergelijk', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let gemeenten: Map<string, Row>;

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
    session = await openSession(baseUrl);
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Every indicator and theme row for the three gemeenten equals gemeente.arrow; the national column the manifest. */
  async function expectPublishedCells(codes: string[]): Promise<void> {
    const cells = await tableCells(page);
    let checked = 0;
    for (const theme of manifest.themes) {
      const scoreRow = cells[`compare-row-${theme.id}-theme:${theme.id}`];
      expect(scoreRow, `score row of ${theme.id}`).toBeDefined();
      for (const code of codes) {
        const row = gemeenten.get(code)!;
        const score = num(row[col.theme(theme.id)]);
        expect(scoreRow![code]!.value, `${code} ${theme.id} score`).toBe(
          score === null ? MISSING_REASON_LABEL_NL[row[col.themeReason(theme.id)] as MissingReason] : dutch(score, 0),
        );
      }
      expect(scoreRow!['NL']!.value).toBe('n.v.t.');
      for (const ref of theme.indicators) {
        const ind = manifest.indicators.find((i) => i.id === ref.id)!;
        const tr = cells[`compare-row-${theme.id}-${ind.id}`];
        if (!ind.levels.some((l) => l.level === 'gemeente')) {
          expect(tr, `${ind.id} is not a gemeente indicator`).toBeUndefined();
          continue;
        }
        expect(tr, `row ${theme.id}/${ind.id}`).toBeDefined();
        for (const code of codes) {
          const row = gemeenten.get(code)!;
          const value = num(row[col.value(ind.id)]);
          const pct = num(row[col.percentile(ind.id)]);
          if (value === null) {
            expect(tr![code]!.value, `${code} ${ind.id}`).toBe(MISSING_REASON_LABEL_NL[row[col.reason(ind.id)] as MissingReason]);
          } else {
            expect(tr![code]!.value, `${code} ${ind.id}`).toBe(expectedValue(value, ind));
            expect(tr![code]!.extra, `${code} ${ind.id} percentile`).toBe(pct === null ? '' : `${dutch(pct, 0)}e percentiel`);
          }
          checked++;
        }
        expect(tr!['NL']!.value, `${ind.id} national`).toBe(ind.national === null ? 'geen landelijke waarde' : expectedValue(ind.national, ind));
      }
    }
    expect(checked).toBeGreaterThan(30);
  }

  it('compares Tilburg, Breda and Eindhoven chosen with the keyboard; every cell equals gemeente.arrow', async () => {
    await page.goto(`${baseUrl}/vergelijk`);
    await page.getByTestId('compare-page').waitFor();
    await pick(page, 'Tilburg', TILBURG);
    await pick(page, 'Breda', BREDA);
    await pick(page, 'Eindhoven', EINDHOVEN);
    expect(new URL(page.url()).search).toBe(`?niveau=gemeente&gebieden=${TILBURG},${BREDA},${EINDHOVEN}`);

    const table = page.getByTestId('compare-table');
    await table.waitFor();
    expect(await columnCodes(page)).toEqual([TILBURG, BREDA, EINDHOVEN, 'national']);
    for (const code of [TILBURG, BREDA, EINDHOVEN])
      expect(await page.getByTestId(`compare-col-${code}`).innerText()).toContain(gemeenten.get(code)!['name'] as string);
    expect(await page.getByTestId('compare-col-national').innerText()).toBe('Nederland');
    await expectPublishedCells([TILBURG, BREDA, EINDHOVEN]);
    await screenshot(page, 'compare-gemeenten');

    // One small chart per indicator row, each with a bar or a reason per region and the national line.
    const rows = await page.$$eval('[data-testid="compare-table"] tr[data-testid^="compare-row-"]', (trs) => trs.length);
    expect(await page.locator('[data-testid^="compare-chart-"]').count()).toBe(rows);
    const charts = await page.$$eval('[data-testid^="compare-chart-"]', (figs) =>
      figs.map((f) => ({
        id: (f as HTMLElement).dataset['testid']!,
        bars: f.querySelectorAll('g[data-code] rect').length,
        missing: f.querySelectorAll('[data-missing]').length,
        national: f.querySelectorAll('.chart-national line').length,
      })),
    );
    for (const c of charts) expect(c.bars + c.missing, c.id).toBe(3);
    const withNational = manifest.indicators.filter((i) => i.national !== null && i.levels.some((l) => l.level === 'gemeente'));
    for (const ind of withNational) expect(charts.find((c) => c.id.endsWith(`-${ind.id}`))?.national, ind.id).toBe(1);
    await page.getByTestId('compare-charts').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'compare-charts');
  });

  it('shows a missing value as its reason, never as 0', async () => {
    // Breda has a gap among its gemeente indicators: the table gives the published reason, the chart no bar.
    const breda = gemeenten.get(BREDA)!;
    const missing = manifest.indicators.find((i) => i.levels.some((l) => l.level === 'gemeente') && num(breda[col.value(i.id)]) === null);
    expect(missing, 'an indicator without a value for Breda').toBeDefined();
    const theme = missing!.themes[0]!;
    const cell = page.getByTestId(`compare-row-${theme}-${missing!.id}`).locator(`td[data-code="${BREDA}"]`);
    expect(await cell.innerText()).toBe(MISSING_REASON_LABEL_NL[breda[col.reason(missing!.id)] as MissingReason]);
    const chartRow = page.getByTestId(`compare-chart-${theme}-${missing!.id}`).locator(`g[data-code="${BREDA}"]`);
    expect(await chartRow.locator('rect').count()).toBe(0);
    // The visible words of the SVG text, without its <title> (the full reason, for hover and screen readers).
    const words = await chartRow.locator('[data-missing]').evaluate((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
    );
    expect(words).toMatch(/^(geen gegevens|te weinig inwoners|onvolledig)$/);
    expect(await chartRow.locator('[data-missing] title').textContent()).toBe(MISSING_REASON_LABEL_NL[breda[col.reason(missing!.id)] as MissingReason]);
  });

  it('reloads to the same comparison from the URL', async () => {
    const before = await tableCells(page);
    await page.reload();
    await page.getByTestId('compare-table').waitFor();
    expect(await columnCodes(page)).toEqual([TILBURG, BREDA, EINDHOVEN, 'national']);
    expect(await tableCells(page)).toEqual(before);
  });

  it('fills the comparison with Tilburg and its five published vergelijkbare gemeenten in one click', async () => {
    const similar = (gemeenten.get(TILBURG)!['similar_gemeenten'] as string).split(',');
    expect(similar).toHaveLength(5);
    const listed = await page.$$eval('[data-testid="similar-list"] li', (lis) => lis.map((li) => (li as HTMLElement).dataset['code']));
    expect(listed).toEqual(similar);
    await screenshot(page, 'compare-similar-panel');
    await page.getByTestId('similar-compare').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gebieden')).toBe([TILBURG, ...similar].join(','));
    await expect.poll(() => columnCodes(page)).toEqual([TILBURG, ...similar, 'national']);
    await expectPublishedCells([TILBURG, ...similar]);
    await screenshot(page, 'compare-similar');
    // Full: the picker says so and takes no seventh region.
    expect(await page.getByTestId('compare-search').isDisabled()).toBe(true);
  });

  it('compares three politie-eenheden (RIEC-regio’s) summed from gemeente counts', async () => {
    const units = new Map<string, string>();
    for (const row of gemeenten.values()) units.set(row['politie_eenheid_code'] as string, row['politie_eenheid_name'] as string);
    const codes = [...units.keys()].sort().slice(0, 3);
    await page.getByTestId('compare-kind-politie_eenheid').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?niveau=politie_eenheid');
    expect(await page.getByTestId('compare-page').innerText()).toContain('RIEC');
    for (const code of codes) await pick(page, units.get(code)!, code);
    await page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
    expect(await columnCodes(page)).toEqual([...codes, 'national']);

    const cells = await tableCells(page);
    let numbers = 0;
    for (const ind of manifest.indicators) {
      const onGemeente = ind.levels.find((l) => l.level === 'gemeente');
      const tr = Object.entries(cells).find(([id]) => id.endsWith(`-${ind.id}`))?.[1];
      if (!onGemeente?.aggregatable) {
        expect(tr, `${ind.id} is not summable`).toBeUndefined();
        continue;
      }
      expect(tr, ind.id).toBeDefined();
      for (const code of codes) {
        const members = [...gemeenten.values()].filter((g) => g['politie_eenheid_code'] === code);
        let n = 0;
        let d = 0;
        let covered = 0;
        let population = 0;
        let scale = NaN;
        for (const g of members) {
          population += num(g['population']) ?? 0;
          const gn = num(g[col.numerator(ind.id)]);
          const gd = num(g[col.denominator(ind.id)]);
          const gv = num(g[col.value(ind.id)]);
          if (gn === null || gd === null) continue;
          n += gn;
          d += gd;
          covered += num(g['population']) ?? 0;
          if (gv !== null && gn !== 0 && Number.isNaN(scale)) scale = 10 ** Math.round(Math.log10((gv * gd) / gn));
        }
        const text = tr![code]!.value;
        if (covered / population >= 0.9 && d > 0) {
          expect(text, `${code} ${ind.id}`).toBe(expectedValue((n / d) * scale, ind));
          numbers++;
        } else {
          expect(text, `${code} ${ind.id}`).toBe(MISSING_REASON_LABEL_NL.incomplete_coverage);
        }
      }
    }
    expect(numbers).toBeGreaterThan(15);
    await screenshot(page, 'compare-politie-eenheden');
  });

  it('links from a gemeente’s profile on the map page to the comparison with its vergelijkbare gemeenten', async () => {
    await page.goto(`${baseUrl}/?gebied=${TILBURG}&niveau=gemeente`);
    await page.getByTestId('profile-compare-similar').click();
    await page.getByTestId('compare-table').waitFor();
    const similar = (gemeenten.get(TILBURG)!['similar_gemeenten'] as string).split(',');
    expect(await columnCodes(page)).toEqual([TILBURG, ...similar, 'national']);
    expect(await page.getByTestId('nav-compare').getAttribute('aria-current')).toBe('page');
  });

  it('made no request to another origin and logged no console error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
