/**
 * The map page's exports end to end, in Chromium against the production build on the real data: the CSV and
 * the Parquet file are read back in Node and compared cell by cell with the published gemeente.arrow; the PNG
 * is decoded and must show the map in the legend's class colours beside the legend itself.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import type { Download, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { col, type Manifest, type MissingReason, type ThemeId } from '@atlas/contract';
import { MISSING_REASON_LABEL_NL } from '../../web/src/i18n/nl.ts';
import { parseCsv } from '../support/csv-reader.ts';
import { readArrow, REPO_ROOT, rowsByCode } from '../pipeline/helpers.ts';
import { ARTIFACTS, openSession, screenshot, type Session } from './browser.ts';
import { legendClassColours, parseCssColor, type Rgb } from './map-pixels.ts';

const baseUrl = inject('baseUrl');
// The data the served build holds (ATLAS_E2E_DATA_DIR when a run serves its own data build).
const DATA = process.env.ATLAS_E2E_DATA_DIR ?? resolve(REPO_ROOT, 'public/data');
type Row = Record<string, unknown>;

type ExpectedColumn = { key: string; type: 'text' | 'number' | 'reason'; of?: string; decimals?: number };

/** The columns the table shows for a gemeente theme, in order, as published column names, each number with its published precision. */
function expectedColumns(manifest: Manifest, themeId: ThemeId): ExpectedColumn[] {
  const theme = manifest.themes.find((th) => th.id === themeId)!;
  const out: ExpectedColumn[] = [
    { key: 'code', type: 'text' },
    { key: 'name', type: 'text' },
    { key: 'population', type: 'number', decimals: 0 },
    { key: col.theme(themeId), type: 'number', decimals: 1 },
    { key: col.themeReason(themeId), type: 'reason', of: col.theme(themeId) },
  ];
  for (const { id } of theme.indicators) {
    const decimals = manifest.indicators.find((i) => i.id === id)!.decimals;
    out.push(
      { key: col.value(id), type: 'number', decimals },
      { key: col.reason(id), type: 'reason', of: col.value(id) },
      { key: col.percentile(id), type: 'number', decimals: 1 },
    );
  }
  return out;
}

/** An exported number is the published one rounded to the column's precision: no more decimals, within half a unit of the last. */
function expectRounded(exported: number, published: number, decimals: number, where: string): void {
  expect(Math.abs(exported - published), where).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
  expect(Math.abs(exported * 10 ** decimals - Math.round(exported * 10 ** decimals)), where).toBeLessThan(1e-6);
}

/** "12,5" → 12.5; a thousands separator or an exponent would not parse and fails the comparison. */
function dutchNumber(text: string): number {
  expect(text, `number cell "${text}"`).toMatch(/^-?\d+(,\d+)?$/);
  return Number(text.replace(',', '.'));
}

async function download(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId(testId).click()]);
  const path = await d.path();
  return { download: d, bytes: await readFile(path) };
}

describe('exports on the map page', () => {
  let session: Session;
  let page: Page;
  let manifest: Manifest;
  let gemeenten: Map<string, Row>;
  let themeId: ThemeId;
  let theme: Manifest['themes'][number];
  let columns: ReturnType<typeof expectedColumns>;
  let csvOrder: string[] = [];

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(resolve(DATA, 'manifest.json'), 'utf8')) as Manifest;
    gemeenten = rowsByCode(await readArrow(DATA, 'gemeente'));
    // A theme with gaps on gemeente level, so empty cells and their reasons are exercised.
    const gappy = (th: Manifest['themes'][number]): boolean =>
      th.indicators.some(({ id }) => (manifest.indicators.find((i) => i.id === id)?.coverage['gemeente'] ?? 0) < gemeenten.size);
    theme = manifest.themes.find(gappy) ?? manifest.themes[0]!;
    themeId = theme.id;
    columns = expectedColumns(manifest, themeId);
    session = await openSession(baseUrl);
    page = session.page;
    await page.goto(`${baseUrl}/?thema=${themeId}&niveau=gemeente`);
    await page.waitForFunction(() => window.__atlas?.ready && window.__atlas.duckdbReady, null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the export menu from the keyboard, moves with the arrow keys and closes with Escape', async () => {
    const toggle = page.getByTestId('export-menu');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-csv');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-parquet');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-png');
    // Visible focus: the focused item is outlined or highlighted.
    const focusStyle = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { outline: s.outlineStyle, background: s.backgroundColor };
    });
    expect(focusStyle.outline !== 'none' || focusStyle.background !== 'rgba(0, 0, 0, 0)').toBe(true);
    await screenshot(page, 'exports-menu');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-menu');
  });

  it('exports the gemeente table as CSV for Excel that holds the published values at their published precision, percentiles included', async () => {
    const { download: d, bytes } = await download(page, 'export-csv');
    expect(d.suggestedFilename()).toBe(`ondermijningsatlas_${themeId}_gemeente.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull(); // CRLF only, outside quoted fields
    const [about, header, ...body] = parseCsv(text);

    // The first line says what this is and where it comes from.
    const aboutText = about!.join(' | ');
    expect(aboutText).toContain(`Ondermijningsatlas: ${theme.label} per gemeente`);
    expect(aboutText).toMatch(/Bron(nen)?: .*CBS/);
    expect(aboutText).toContain(`pijplijn ${manifest.pipelineVersion}`);
    expect(aboutText).toMatch(/peiljaren \d{4}/);
    expect(aboutText).toContain(`Selectie: alle ${gemeenten.size} gebieden`);

    expect(header).toHaveLength(columns.length);
    expect(header!.slice(0, 3)).toEqual(['Code', 'Naam', 'Inwoners']);
    expect(header![3]).toBe(`Themascore ${theme.label} (0–100)`);
    const firstIndicator = manifest.indicators.find((i) => i.id === theme.indicators[0]!.id)!;
    expect(header![5]!.startsWith(firstIndicator.label)).toBe(true);

    expect(body).toHaveLength(gemeenten.size);
    let nulls = 0;
    for (const cells of body) {
      expect(cells).toHaveLength(columns.length);
      const published = gemeenten.get(cells[0]!);
      expect(published, `row ${cells[0]}`).toBeDefined();
      columns.forEach((c, i) => {
        const cell = cells[i]!;
        const value = published![c.key];
        const where = `${cells[0]} ${c.key}`;
        if (c.type === 'text') expect(cell, where).toBe(value);
        else if (c.type === 'number') {
          if (value === null) {
            expect(cell, where).toBe('');
            nulls++;
          } else expectRounded(dutchNumber(cell), Number(value), c.decimals ?? 0, where);
        } else {
          const missing = published![c.of!] === null;
          expect(cell, where).toBe(missing ? MISSING_REASON_LABEL_NL[value as MissingReason] : '');
        }
      });
    }
    expect(nulls).toBeGreaterThan(0); // the data has gaps, and they stayed empty
    // The map's order: highest theme score first, missing scores last.
    csvOrder = body.map((cells) => cells[0]!);
    const scores = csvOrder.map((code) => gemeenten.get(code)![col.theme(themeId)] as number | null);
    const present = scores.filter((s): s is number => s !== null);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(scores.slice(present.length).every((s) => s === null)).toBe(true);
  });

  it('exports the same selection as Parquet: DOUBLE numbers, string codes, nulls kept', async () => {
    const { download: d, bytes } = await download(page, 'export-parquet');
    expect(d.suggestedFilename()).toBe(`ondermijningsatlas_${themeId}_gemeente.parquet`);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const meta = parquetMetadata(file);
    const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, s.type]));
    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(gemeenten.size);
    expect(rows.map((r) => r['code'])).toEqual(csvOrder);
    for (const c of columns) expect(types[c.key], c.key).toBe(c.type === 'number' ? 'DOUBLE' : 'BYTE_ARRAY');
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(columns.map((c) => c.key));
      const published = gemeenten.get(row['code'] as string)!;
      for (const c of columns) {
        const value = published[c.key] ?? null;
        const where = `${row['code']} ${c.key}`;
        if (c.type === 'number' && value !== null) expectRounded(row[c.key] as number, Number(value), c.decimals ?? 0, where);
        else expect(row[c.key], where).toStrictEqual(value);
      }
    }
    const kv = Object.fromEntries((meta.key_value_metadata ?? []).map((e) => [e.key, e.value]));
    expect(kv['bron']).toMatch(/CBS/);
  });

  it('exports what the filtered table lists, in its order', async () => {
    await page.getByTestId('view-table').click();
    await page.getByTestId('table-filter').fill('berg');
    const names = async (): Promise<string[]> => (await page.locator('.data-table tbody th').allInnerTexts()).map((n) => n.trim());
    // The filter is debounced, and an empty table while it loads also has "fewer than 50 rows": wait until every
    // listed name carries the filter text, so the sort below cannot run on the unfiltered table.
    await expect
      .poll(async () => {
        const shown = await names();
        return shown.length > 0 && shown.length < 50 && shown.every((n) => n.toLowerCase().includes('berg'));
      })
      .toBe(true);
    await page.getByTestId(`sort-name`).click();
    await expect.poll(() => page.locator('.data-table th[aria-sort="ascending"]').count()).toBe(1);
    await expect
      .poll(async () => {
        const shown = await names();
        // An empty list is "sorted" too: wait until the sorted rows are really there.
        return shown.length > 0 && shown.every((n, i) => i === 0 || shown[i - 1]!.localeCompare(n, 'nl') <= 0);
      })
      .toBe(true);
    const shownNames = await names();
    const { bytes } = await download(page, 'export-csv');
    const [about, , ...body] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(body.map((cells) => cells[1])).toEqual(shownNames);
    expect(body.length).toBeGreaterThan(0);
    expect(about!.join(' ')).toContain('naam bevat ‘berg’');
    expect(about!.join(' ')).toContain('gesorteerd op Naam, oplopend');
    await page.getByTestId('view-map').click();
  });

  it('exports the map as a PNG with title, legend and sources', async () => {
    const legend = await legendClassColours(page);
    expect(legend.length).toBeGreaterThanOrEqual(3);
    const mapBox = (await page.getByTestId('map').boundingBox())!;
    const { download: d, bytes } = await download(page, 'export-png');
    expect(d.suggestedFilename()).toBe(`ondermijningsatlas_${themeId}_themascore_gemeente.png`);
    await copyFile(await d.path(), join(ARTIFACTS, 'export-map.png'));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = PNG.sync.read(bytes);
    // The map at its on-screen size (at the device pixel ratio, 1 here) plus the legend column and margins.
    expect(png.width).toBeGreaterThan(mapBox.width + 200);
    expect(png.height).toBeGreaterThan(mapBox.height + 60);

    const counts = new Map<number, number>();
    for (let i = 0; i < png.data.length; i += 4) {
      const key = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThan(50); // not one colour
    const exact = (c: Rgb): number => counts.get((c[0] << 16) | (c[1] << 8) | c[2]) ?? 0;
    // Legend swatches: each class colour exactly, in a 22 × 14 block (less its 1 px border).
    for (const c of legend) expect(exact(c), `legend swatch rgb(${c.join(',')})`).toBeGreaterThanOrEqual(20 * 12);
    // "geen gegevens" in its own grey, as in the on-screen legend.
    const missing = await page.locator('[data-testid="legend"] .swatch-missing').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(exact(parseCssColor(missing)), 'legend swatch geen gegevens').toBeGreaterThanOrEqual(20 * 12);
    // The map itself: fills are the class colours at alpha 235/255 over the map background; most classes
    // must cover a real share of the picture (a blank capture would have none).
    const background: Rgb = [0xdf, 0xe5, 0xea];
    const a = 235 / 255;
    const near = (c: Rgb): number => {
      const blend = c.map((v, k) => Math.round(v * a + background[k]! * (1 - a)));
      let n = 0;
      for (const [key, count] of counts) {
        const p = [key >> 16, (key >> 8) & 0xff, key & 0xff];
        if (p.every((v, k) => Math.abs(v - blend[k]!) <= 3)) n += count;
      }
      return n;
    };
    const total = png.width * png.height;
    const shares = legend.map((c) => near(c) / total);
    expect(shares.filter((s) => s > 0.005).length, `map class shares ${shares.map((s) => s.toFixed(3)).join(', ')}`).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'exports-after-png');
  });

  it('made no request to another origin and logged no errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
