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
