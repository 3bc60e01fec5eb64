/**
 * The published time series (trends.arrow, written by data-pipeline/build.ts from compute/crime-trend.ts): a long
 * table with one row per region, series and year (columns TREND_COLUMNS). Gemeenten carry their 2024 code, the
 * country the code NL00. A year without a value is a gap, never 0; for gemeenten and Nederland a gap row (value
 * null) says why in `reason`.
 */
import { CRIME_RATE_SERIES, NATIONAL_CODE, TREND_COLUMNS, dataFile, isMissingReason, type MissingReason } from '@atlas/contract';
import { checkTable, readArrow } from './column-check.ts';

export { CRIME_RATE_SERIES, NATIONAL_CODE };

export interface TrendRow {
  code: string;
  name: string;
  series: string;
  year: number;
  value: number;
  /** Why a gap row has no value; null on rows with a value. */
  reason?: string | null;
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

/** Which rows of the time series a table holds or a view needs: every region's, or the gemeenten's and Nederland's. */
export type TrendRows = 'all' | 'gemeente';

/** The published file of those rows. */
export const trendFile = (rows: TrendRows): string => (rows === 'gemeente' ? dataFile.trendsGemeenteArrow : dataFile.trendsArrow);

export class TrendTable {
  private readonly bySeries = new Map<string, Map<string, RegionSeries>>();
  /** series → code → year → the reason of its gap row. */
  private readonly gaps = new Map<string, Map<string, Map<number, MissingReason>>>();

  constructor(
    rows: Iterable<TrendRow>,
    readonly holds: TrendRows = 'all',
  ) {
    for (const r of rows) {
      if (!Number.isFinite(r.value) && isMissingReason(r.reason)) {
        const codes = this.gaps.get(r.series) ?? new Map<string, Map<number, MissingReason>>();
        this.gaps.set(r.series, codes);
        codes.set(r.code, (codes.get(r.code) ?? new Map<number, MissingReason>()).set(r.year, r.reason));
      }
      if (!Number.isFinite(r.value) || !Number.isInteger(r.year)) continue;
      let regions = this.bySeries.get(r.series);
      if (!regions) this.bySeries.set(r.series, (regions = new Map()));
      let region = regions.get(r.code);
      if (!region) regions.set(r.code, (region = { name: r.name, values: new Map() }));
      region.values.set(r.year, r.value);
    }
  }

  static fromIPC(bytes: Uint8Array, holds: TrendRows = 'all'): TrendTable {
    const file = trendFile(holds);
    // `reason` is checked when present but not required: a data build from before gap reasons still reads, with
    // every gap unexplained (the neutral message) rather than the whole series failing.
    const read = readArrow(file, bytes);
    const table = checkTable(file, read, read.field('reason') ? TREND_COLUMNS : TREND_COLUMNS.filter((c) => c.name !== 'reason'));
    const texts = (column: TrendColumn) => table.strings(column) ?? [];
    const [code, name, series, reason] = [texts('code'), texts('name'), texts('series'), texts('reason')];
    // numbers() keeps a missing value NaN, never the buffer's 0
    const [year, value] = [table.numbers('year'), table.numbers('value')];
    const rows: TrendRow[] = [];
    for (let i = 0; i < table.numRows; i++) {
      rows.push({
        code: String(code[i]),
        name: String(name[i]),
        series: String(series[i]),
        year: year?.[i] ?? NaN,
        value: value?.[i] ?? NaN,
        reason: reason[i] ?? null,
      });
    }
    return new TrendTable(rows, holds);
  }

  /** Whether the table holds the rows a view needs (the whole table holds every region's). */
  covers(rows: TrendRows): boolean {
    return this.holds === 'all' || rows === this.holds;
  }

  /** Whether the region has any value in the series. */
  has(series: string, code: string): boolean {
    return this.bySeries.get(series)?.has(code) ?? false;
  }

  /**
   * Why the region has no value in (years of) the series, as the pipeline published it: the reason of most of its
   * gap rows (ties: the first); null when no gap row says.
   */
  gapReason(series: string, code: string): MissingReason | null {
    const reasons = [...(this.gaps.get(series)?.get(code)?.values() ?? [])];
    const counts = new Map<MissingReason, number>();
    for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    let best: MissingReason | null = null;
    for (const [r, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = r;
    return best;
  }

  /** Why the region has no value in this year of the series, as its gap row says; null when no gap row says. */
  gapReasonIn(series: string, code: string, year: number): MissingReason | null {
    return this.gaps.get(series)?.get(code)?.get(year) ?? null;
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
