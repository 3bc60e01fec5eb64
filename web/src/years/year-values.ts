/**
 * A series' values for one year on the rows of a level's region table, and class breaks made once over all
 * years of the series, so a colour means the same value whichever year is shown.
 */
import type { SeriesId } from '@atlas/contract';
import type { TrendTable } from '../data/trends.ts';
import { quantileBreaks, type ClassBreaks } from '../map/classes.ts';

/** Values per region code for one year; a region without a value for that year is absent (never 0). */
export function yearValuesByCode(trends: TrendTable, codes: readonly (string | null)[], series: SeriesId, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const code of codes) {
    const value = code === null ? null : (trends.points(series, code, [year])[0]?.value ?? null);
    if (code !== null && value !== null) out.set(code, value);
  }
  return out;
}

/** The year's values aligned with the table rows (`codes[i]` is row i); NaN where there is no value. */
export function yearValuesByRow(trends: TrendTable, codes: readonly (string | null)[], series: SeriesId, year: number): Float64Array {
  const byCode = yearValuesByCode(trends, codes, series, year);
  return Float64Array.from(codes, (code) => (code === null ? NaN : (byCode.get(code) ?? NaN)));
}

/** Quantile breaks over every (region, year) value of the series on these rows. */
export function breaksOverYears(trends: TrendTable, codes: readonly (string | null)[], series: SeriesId, years: readonly number[]): ClassBreaks {
  const all: number[] = [];
  for (const year of years) for (const v of yearValuesByRow(trends, codes, series, year)) if (Number.isFinite(v)) all.push(v);
  return quantileBreaks(all);
}
