import { TREND_COLUMNS } from '@atlas/contract';
import type { TrendPoint } from '../joins/trend-point.ts';
import { columnsFrom, publishedTable, type PublishedTable } from './columns.ts';

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
