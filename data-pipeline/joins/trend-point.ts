import type { MissingReason, SeriesId } from '@atlas/contract';

/** One published trend row: a region's value of a series in one year. Its own module so the trend joins and the gap rows share it without importing each other. */
export interface TrendPoint {
  code: string;
  name: string;
  series: SeriesId;
  year: number;
  /** null only in a gap row (trend-gaps.ts), which then says why in `reason`. */
  value: number | null;
  reason?: MissingReason;
}

/** Per series, the years in which it has a value, ascending. */
export type YearsPerSeries = Partial<Record<SeriesId, number[]>>;

/** The years in which each series has a value (gap rows have none), ascending. */
export function yearsPerSeries(points: readonly TrendPoint[]): YearsPerSeries {
  const years = new Map<SeriesId, Set<number>>();
  for (const p of points) if (p.value !== null) years.set(p.series, (years.get(p.series) ?? new Set()).add(p.year));
  return Object.fromEntries([...years].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}
