/**
 * Issue 16, "the Breda-style message": a gemeente without a trend value must carry the real reason in
 * trends.arrow. Breda (GM0758) is simply not in the 2010–2020 crime extract (83648NED via a third-party
 * repository), so its gap rows say missing_in_source; Land van Cuijk (GM1982, formed 2022 from Cuijk and
 * others) is another division: not_comparable. Checked against the raw extract itself, not the pipeline's reader.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { CRIME_RATE_SERIES, col, dataFile, MISSING_REASONS } from '@atlas/contract';
import { CRIME_SERIES_FILE } from '../../data-pipeline/sources/cbs-misdrijven-2010-2020.ts';
import { RAW_DIR, readArrow, rowsByCode, sharedBuild } from './helpers.ts';

interface Row {
  code: string;
  series: string;
  year: number;
  value: number | null;
  reason: string | null;
}

describe('trends.arrow says why a gemeente has no value', () => {
  let rows: Row[];
  let years: number[];
  let extractNames: Set<string>;
  let gemeente: Map<string, Record<string, unknown>>;

  beforeAll(async () => {
    const { outDir, manifest } = await sharedBuild();
    rows = [...tableFromIPC(await readFile(join(outDir, dataFile.trendsArrow)))].map((r) => r.toJSON() as unknown as Row);
    years = manifest.trends.find((s) => s.id === CRIME_RATE_SERIES)?.years ?? [];
    // Second CSV field of each data line: the region name (quoted names in the extract have no commas inside but the first field).
    const text = await readFile(join(RAW_DIR, CRIME_SERIES_FILE), 'utf8');
    extractNames = new Set(
      text
        .split('\n')
        .slice(1)
        .map(
          (line) =>
            line
              .replace(/^"[^"]*",/, '')
              .split(',')[0]
              ?.trim() ?? '',
        )
        .filter(Boolean),
    );
    gemeente = rowsByCode(await readArrow(outDir, 'gemeente'));
  });

  const gapsOf = (code: string) => rows.filter((r) => r.code === code && r.series === CRIME_RATE_SERIES);

  it('Breda is absent from the extract, and every year of its crime series is a gap "missing_in_source"', () => {
    expect(extractNames.has('Breda')).toBe(false);
    expect(extractNames.has('Tilburg')).toBe(true);
    expect(years.length).toBeGreaterThanOrEqual(10);
    const breda = gapsOf('GM0758');
    expect(breda.map((r) => r.year).sort((a, b) => a - b)).toEqual([...years].sort((a, b) => a - b));
    for (const r of breda) {
      expect(r.value).toBeNull();
      expect(r.reason).toBe('missing_in_source');
    }
    // The indicator built on the same extract says the same in the gemeente table.
    expect(gemeente.get('GM0758')?.[col.reason('misdrijven_trend')]).toBe('missing_in_source');
  });

  it('Land van Cuijk, formed after the extract from gemeenten that are in it, is another division', () => {
    expect(extractNames.has('Cuijk')).toBe(true);
    expect(extractNames.has('Land van Cuijk')).toBe(false);
    const cuijk = gapsOf('GM1982');
    expect(cuijk).toHaveLength(years.length);
    expect(new Set(cuijk.map((r) => r.reason))).toEqual(new Set(['not_comparable']));
    expect(gemeente.get('GM1982')?.[col.reason('misdrijven_trend')]).toBe('not_comparable');
  });

  it('a gap row has a null value and a known reason, never beside a value for the same year; a value row has no reason', () => {
    const valued = new Set(rows.filter((r) => r.value !== null).map((r) => `${r.series}|${r.code}|${r.year}`));
    const gaps = rows.filter((r) => r.value === null);
    expect(gaps.length).toBeGreaterThan(0);
    for (const r of gaps) {
      expect(MISSING_REASONS).toContain(r.reason);
      expect(r.code.startsWith('GM') || r.code === 'NL00', r.code).toBe(true);
      expect(valued.has(`${r.series}|${r.code}|${r.year}`)).toBe(false);
    }
    expect(rows.filter((r) => r.value !== null && r.reason !== null)).toEqual([]);
  });
});
