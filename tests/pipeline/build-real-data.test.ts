import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEVELS, col, dataFile, manifestSchema, type Level, type Manifest } from '@atlas/contract';
import type { Table } from 'apache-arrow';
import { parseCsv } from '../../data-pipeline/io/csv.ts';
import { readArrow, readRaw, rowsByCode, sharedBuild } from './helpers.ts';

let outDir: string;
let manifest: Manifest;

beforeAll(async () => {
  ({ outDir, manifest } = await sharedBuild());
});

describe('build on the real raw data', () => {
  it('publishes a manifest that satisfies its schema', async () => {
    const text = await readFile(join(outDir, dataFile.manifest), 'utf8');
    expect(() => manifestSchema.parse(JSON.parse(text))).not.toThrow();
  });

  it('has every region of the 2024 layout: 342 gemeenten, 3,393 wijken, 14,574 buurten', async () => {
    const expected = { gemeente: 342, wijk: 3393, buurt: 14574 };
    for (const level of LEVELS) {
      expect(manifest.levels.find((l) => l.id === level)?.rows).toBe(expected[level]);
      expect((await readArrow(outDir, level)).numRows).toBe(expected[level]);
    }
  });

  it('sums the gemeente populations to the national 17,942,942', async () => {
    const gemeenten = await readArrow(outDir, 'gemeente');
    let total = 0;
    for (const value of gemeenten.getChild('population')!) total += Number(value);
    expect(total).toBe(17_942_942);
  });

  it('computes the national share of water over all gemeenten, including the water the wijken leave out', async () => {
    const gemeenten = [...rowsByCode(await readArrow(outDir, 'gemeente')).values()];
    const num = gemeenten.reduce((s, g) => s + Number(g[col.numerator('water_aandeel')]), 0);
    const den = gemeenten.reduce((s, g) => s + Number(g[col.denominator('water_aandeel')]), 0);
    const national = manifest.indicators.find((i) => i.id === 'water_aandeel')!.national!;
    expect(national).toBeCloseTo((num / den) * 100, 9);
    // Water-only wijken (IJsselmeer, Waddenzee) are not in the register: from wijken alone it would be far lower.
    const wijken = [...rowsByCode(await readArrow(outDir, 'wijk')).values()].filter((w) => w[col.numerator('water_aandeel')] !== null);
    const fromWijken =
      (wijken.reduce((s, w) => s + Number(w[col.numerator('water_aandeel')]), 0) /
        wijken.reduce((s, w) => s + Number(w[col.denominator('water_aandeel')]), 0)) *
      100;
    expect(national).toBeGreaterThan(fromWijken * 2);
  });

  it('agrees within 2 % between buurt sums and gemeente totals (CBS rounds buurten to fives)', async () => {
    const gemeenten = rowsByCode(await readArrow(outDir, 'gemeente'));
    const sums = new Map<string, number>();
    for (const buurt of rowsByCode(await readArrow(outDir, 'buurt')).values()) {
      const code = buurt.gemeente_code as string;
      sums.set(code, (sums.get(code) ?? 0) + Number(buurt.population));
    }
    const offBy = [...gemeenten]
      .map(([code, gemeente]) => ({ code, share: Math.abs((sums.get(code) ?? 0) - Number(gemeente.population)) / Number(gemeente.population) }))
      .filter(({ share }) => share > 0.02);
    expect(offBy).toEqual([]);
  });

  it('keeps a value that SCP suppressed (".") null with reason "suppressed", in Arrow and Parquet', async () => {
    const determinanten = parseCsv(await readRaw('statistics/scp_jeugdhulp_in_de_wijk_2017/jeugdhulp_in_de_wijk_2017__determinanten.csv'), 'det');
    const suppressed = new Set(determinanten.records.filter((r) => r.values.perc_hhverd === '.').map((r) => `WK${r.values.wijk!.padStart(6, '0')}`));
    const wijken = rowsByCode(await readArrow(outDir, 'wijk'));
    const hits = [...wijken.values()].filter((w) => suppressed.has(w.code as string) && w[col.reason('huishoudens_met_verdachte')] === 'suppressed');
    expect(hits.length).toBeGreaterThan(100);
    expect(hits.filter((w) => w.huishoudens_met_verdachte !== null || w[col.percentile('huishoudens_met_verdachte')] !== null).map((w) => w.code)).toEqual([]);
    const parquet = await readParquet(outDir, 'wijk');
    const fromParquet = new Map(parquet.map((row) => [row.code as string, row]));
    const inParquet = hits
      .map((w) => fromParquet.get(w.code as string))
      .map((row) => [row?.huishoudens_met_verdachte, row?.[col.reason('huishoudens_met_verdachte')]]);
    expect(new Set(inParquet.map((pair) => JSON.stringify(pair)))).toEqual(new Set([JSON.stringify([null, 'suppressed'])]));
  });

  it('never publishes a value without a reason code for its absence, nor 0 in place of a missing value', async () => {
    for (const level of LEVELS) {
      const table = await readArrow(outDir, level);
      for (const indicator of manifest.indicators) {
        // an indicator not on the level has no columns there at all (the app reads it as 'not_on_level')
        if (!indicator.levels.some((l) => l.level === level)) {
          expect(table.getChild(col.value(indicator.id)), `${level} ${indicator.id}`).toBeNull();
          continue;
        }
        const values = columnOf(table, col.value(indicator.id));
        const reasons = columnOf(table, col.reason(indicator.id));
        const wrongRows = values.flatMap((value, i) => ((value === null) === (reasons[i] === null) ? [i] : []));
        expect(wrongRows, `${level} ${indicator.id}: rows whose value and reason are both set or both missing`).toEqual([]);
      }
    }
  });

  it('matches the sha256 and size of every published file with the manifest', async () => {
    expect(manifest.files.length).toBeGreaterThanOrEqual(3 * 2 + 2 + 3 + 2);
    for (const file of manifest.files) {
      const bytes = await readFile(join(outDir, file.path));
      expect(bytes.byteLength, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  it('reads the Parquet files back with an independent reader (hyparquet) to the same values as Arrow', async () => {
    // One comparison per column (row order is the same in both files): millions of per-cell expects made this slow.
    for (const level of LEVELS) {
      const arrow = await readArrow(outDir, level);
      const parquet = await readParquet(outDir, level);
      expect(parquet.length, level).toBe(arrow.numRows);
      for (const field of arrow.schema.fields) {
        expect(
          parquet.map((row) => comparable(row[field.name])),
          `${level} ${field.name}`,
        ).toEqual(columnOf(arrow, field.name).map(comparable));
      }
    }
  });

  it('lists every raw file read with its sha256, and the RIEC note', () => {
    const kwb = manifest.sources.find((s) => s.id === 'kwb2024')!;
    expect(kwb.files.length).toBe(5);
    for (const file of kwb.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.aggregates.find((a) => a.id === 'politie_eenheid')!.regions).toBe(10);
    expect(manifest.regionNotes.join(' ')).toContain('RIEC');
  });

  it('publishes theme scores for gemeenten and wijken, and reports exact-match joins', () => {
    for (const theme of manifest.themes) {
      expect(theme.coverage.gemeente, theme.id).toBeGreaterThan(300);
      expect(theme.coverage.wijk, theme.id).toBeGreaterThan(1500);
    }
    const scp = manifest.joins.find((j) => j.sourceId === 'scp_jeugdhulp_2017')!;
    expect(scp.matched).toBeGreaterThan(1000);
    expect(scp.matched + scp.unmatched).toBe(2918);
  });
});

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

async function readParquet(dir: string, level: Level): Promise<Record<string, unknown>[]> {
  return (await parquetReadObjects({ file: toArrayBuffer(await readFile(join(dir, dataFile.parquet(level)))) })) as Record<string, unknown>[];
}

function columnOf(table: Table, name: string): unknown[] {
  const vector = table.getChild(name);
  if (vector === null) throw new Error(`column ${name} is missing`);
  // Iterating (not toArray) keeps nulls: a typed array would show them as 0.
  return [...vector] as unknown[];
}

/** Both readers agree to 9 decimals; 64-bit integers may come back as bigint from one and number from the other. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toFixed(9));
  return value;
}
