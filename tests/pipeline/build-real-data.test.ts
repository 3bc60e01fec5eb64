import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEVELS, col, dataFile, manifestSchema, type Manifest } from '@atlas/contract';
import { parseCsv } from '../../data-pipeline/io/csv.ts';
import { buildInto, readArrow, readRaw, rowsByCode, tempDir } from './helpers.ts';

let outDir: string;
let manifest: Manifest;

beforeAll(async () => {
  outDir = await tempDir('out');
  manifest = (await buildInto(outDir)).manifest;
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
    const fromWijken = (wijken.reduce((s, w) => s + Number(w[col.numerator('water_aandeel')]), 0) / wijken.reduce((s, w) => s + Number(w[col.denominator('water_aandeel')]), 0)) * 100;
    expect(national).toBeGreaterThan(fromWijken * 2);
  });

  it('agrees within 2 % between buurt sums and gemeente totals (CBS rounds buurten to fives)', async () => {
    const gemeenten = rowsByCode(await readArrow(outDir, 'gemeente'));
    const sums = new Map<string, number>();
    for (const buurt of rowsByCode(await readArrow(outDir, 'buurt')).values()) {
      const code = buurt.gemeente_code as string;
      sums.set(code, (sums.get(code) ?? 0) + Number(buurt.population));
    }
    for (const [code, gemeente] of gemeenten) {
      const total = Number(gemeente.population);
      expect(Math.abs((sums.get(code) ?? 0) - total) / total, code).toBeLessThanOrEqual(0.02);
    }
  });

  it('keeps a value that SCP suppressed (".") null with reason "suppressed", in Arrow and Parquet', async () => {
    const determinanten = parseCsv(await readRaw('statistics/scp_jeugdhulp_in_de_wijk_2017/jeugdhulp_in_de_wijk_2017__determinanten.csv'), 'det');
    const suppressed = new Set(determinanten.records.filter((r) => r.values.perc_hhverd === '.').map((r) => `WK${r.values.wijk!.padStart(6, '0')}`));
    const wijken = rowsByCode(await readArrow(outDir, 'wijk'));
    const hits = [...wijken.values()].filter((w) => suppressed.has(w.code as string) && w[col.reason('huishoudens_met_verdachte')] === 'suppressed');
    expect(hits.length).toBeGreaterThan(100);
    for (const wijk of hits) {
      expect(wijk.huishoudens_met_verdachte).toBeNull();
      expect(wijk[col.percentile('huishoudens_met_verdachte')]).toBeNull();
    }
    const parquet = (await parquetReadObjects({ file: toArrayBuffer(await readFile(join(outDir, dataFile.parquet('wijk')))) })) as Record<string, unknown>[];
    const fromParquet = new Map(parquet.map((row) => [row.code as string, row]));
    for (const wijk of hits) {
      const row = fromParquet.get(wijk.code as string)!;
      expect(row.huishoudens_met_verdachte).toBeNull();
      expect(row[col.reason('huishoudens_met_verdachte')]).toBe('suppressed');
    }
  });

  it('never publishes a value without a reason code for its absence, nor 0 in place of a missing value', async () => {
    for (const level of LEVELS) {
      const table = await readArrow(outDir, level);
      for (const indicator of manifest.indicators) {
        const values = table.getChild(col.value(indicator.id))!;
        const reasons = table.getChild(col.reason(indicator.id))!;
        for (let i = 0; i < table.numRows; i++) {
          expect(values.get(i) === null, `${level} ${indicator.id} row ${i}`).toBe(reasons.get(i) !== null);
        }
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
    for (const level of LEVELS) {
      const arrow = rowsByCode(await readArrow(outDir, level));
      const parquet = (await parquetReadObjects({ file: toArrayBuffer(await readFile(join(outDir, dataFile.parquet(level)))) })) as Record<string, unknown>[];
      expect(parquet.length).toBe(arrow.size);
      const columns = Object.keys(arrow.values().next().value!);
      for (const row of parquet) {
        const expected = arrow.get(row.code as string)!;
        for (const column of columns) {
          const a = expected[column];
          const p = row[column];
          if (typeof a === 'number' && typeof p === 'number') expect(p, `${level} ${row.code} ${column}`).toBeCloseTo(a, 9);
          else expect(p ?? null, `${level} ${row.code} ${column}`).toEqual(a ?? null);
        }
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
