import { CODE_PATTERN, NATIONAL_CODE, TREND_COLUMNS } from '@atlas/contract';
import type { TrendPoint, YearsPerSeries } from '../joins/trend-point.ts';
import { columnsFrom, publishedTable, type PublishedTable } from './columns.ts';
import { encodeTable, type EncodedTable } from './encoded-columns.ts';

/** The long trends table: one row per region, series and year, with the contract's columns; gap rows carry their reason. */
export function buildTrendsTable(points: readonly TrendPoint[]): PublishedTable {
  return publishedTable(
    'trends',
    columnsFrom(TREND_COLUMNS, points, {
      code: (p) => p.code,
      name: (p) => p.name,
      series: (p) => p.series,
      year: (p) => p.year,
      value: (p) => p.value,
      reason: (p) => (p.value === null ? (p.reason ?? 'missing_in_source') : null),
    }),
  );
}

/**
 * The trends table as its column encodings, made as soon as the trend rows exist: the ~250,000 row objects (~22 MB)
 * are then garbage long before the region tables, whose buurt Parquet export is the build's peak memory. The table
 * is still written after the region tables (its Arrow dictionary ids, a counter in apache-arrow, and its place in the
 * manifest stay as they were). What the manifest needs of the rows, the years per series, is kept.
 */
export interface PreparedTrends {
  table: EncodedTable;
  /** The gemeenten's and Nederland's rows only (dataFile.trendsGemeenteArrow). */
  gemeente: EncodedTable;
  years: YearsPerSeries;
}

export function prepareTrends(points: readonly TrendPoint[], years: YearsPerSeries): PreparedTrends {
  const gemeente = points.filter((p) => p.code === NATIONAL_CODE || CODE_PATTERN.gemeente.test(p.code));
  return { table: encodeTable(buildTrendsTable(points)), gemeente: encodeTable(buildTrendsTable(gemeente)), years };
}
