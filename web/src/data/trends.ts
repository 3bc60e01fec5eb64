/**
 * The published time series (trends.arrow, written by data-pipeline/build.ts from compute/crime-trend.ts): a long
 * table with one row per region, series and year (columns TREND_COLUMNS). Gemeenten carry their 2024 code, the
 * country the code NL00. A year without a row is a gap, never 0.
 */
import { CRIME_RATE_SERIES, NATIONAL_CODE, TREND_COLUMNS, dataFile } from '@atlas/contract';
import { readCheckedTable } from './column-check.ts';

export { CRIME_RATE_SERIES, NATIONAL_CODE };

export interface TrendRow {
  code: string;
  name: string;
  series: string;
  year: number;
  value: number;
}

/** One year of a series; `value` null where the region has no published value for that year. */
export interface TrendPoint {
  year: number;
  value: number | null;
}

type TrendColumn = (typeof TREND_COLUMNS)[number]['name'];

interface RegionSeries {
  name: string;
  values: Map<number, number>;
}

export class TrendTable {
  private readonly bySeries = new Map<string, Map<string, RegionSeries>>();

  constructor(rows: Iterable<TrendRow>) {
    for (const r of rows) {
      if (!Number.isFinite(r.value) || !Number.isInteger(r.year)) continue;
      let regions = this.bySeries.get(r.series);
      if (!regions) this.bySeries.set(r.series, (regions = new Map()));
      let region = regions.get(r.code);
      if (!region) regions.set(r.code, (region = { name: r.name, values: new Map() }));
      region.values.set(r.year, r.value);
    }
  }

  static fromIPC(bytes: Uint8Array): TrendTable {
    const file = dataFile.trendsArrow;
    const table = readCheckedTable(file, bytes, TREND_COLUMNS);
    // Cell by cell (not toArray): a null in a numeric column must stay null, not read as the buffer's 0.
    const cell = (column: TrendColumn): ((i: number) => unknown) => {
      const vector = table.getChild(column);
      return (i) => vector?.get(i) ?? null;
    };
    const [code, name, series, year, value] = [cell('code'), cell('name'), cell('series'), cell('year'), cell('value')];
    const rows: TrendRow[] = [];
    for (let i = 0; i < table.numRows; i++) {
      const v = value(i);
      rows.push({ code: String(code(i)), name: String(name(i)), series: String(series(i)), year: Number(year(i)), value: typeof v === 'number' ? v : NaN });
    }
    return new TrendTable(rows);
  }

  /** Whether the region has any value in the series. */
  has(series: string, code: string): boolean {
    return this.bySeries.get(series)?.has(code) ?? false;
  }

  /** The region's values for exactly these years, in order; null for years without a value. */
  points(series: string, code: string, years: readonly number[]): TrendPoint[] {
    return seriesPoints(this.bySeries.get(series)?.get(code)?.values, years);
  }
}

/** Shape a region's year → value map into one point per requested year (missing years stay null). */
export function seriesPoints(values: ReadonlyMap<number, number> | undefined, years: readonly number[]): TrendPoint[] {
  return years.map((year) => {
    const v = values?.get(year);
    return { year, value: v !== undefined && Number.isFinite(v) ? v : null };
  });
}

/** Years without a value, written as ranges: [2010, 2011, 2012, 2015] → "2010–2012, 2015". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? NaN) + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export const missingYears = (points: readonly TrendPoint[]): number[] => points.filter((p) => p.value === null).map((p) => p.year);
