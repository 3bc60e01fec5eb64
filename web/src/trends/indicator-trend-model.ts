/**
 * The yearly series of one indicator for a region, its gemeente and Nederland, shaped for LineChart: one point
 * per published year (from the manifest), gaps where a year has no value. A line that has no value at all is
 * left out rather than drawn empty.
 */
import type { Manifest, MissingReason, SeriesId } from '@atlas/contract';
import type { LineSeries } from '../charts/line-chart.ts';
import { NATIONAL_CODE, missingYears, type TrendTable } from '../data/trends.ts';
import { t } from '../i18n/nl.ts';

export interface TrendRegion {
  code: string;
  name: string;
}

export interface IndicatorTrendModel {
  info: Manifest['trends'][number];
  years: readonly [number, number];
  /** The region first, then its gemeente (for a wijk or buurt), then Nederland. */
  series: LineSeries[];
  /** Why the region lacks values, as published (trends.arrow gap rows); null when no gap row says. */
  reason: MissingReason | null;
  /** Years the region itself has no value for. */
  missing: number[];
}

export function indicatorTrend(
  manifest: Manifest,
  trends: TrendTable,
  series: SeriesId,
  region: TrendRegion,
  gemeente: TrendRegion | null,
): IndicatorTrendModel | null {
  const info = manifest.trends.find((s) => s.id === series);
  const years = info ? [...info.years].sort((a, b) => a - b) : [];
  const [first] = years;
  const last = years.at(-1);
  if (!info || first === undefined || last === undefined) return null;
  const own = trends.points(series, region.code, years);
  const line = (r: TrendRegion, role: LineSeries['role']): LineSeries[] =>
    trends.has(series, r.code)
      ? [{ id: r.code, label: r.name, role, points: trends.points(series, r.code, years).map((p) => ({ x: p.year, y: p.value })) }]
      : [];
  const lines = own.some((p) => p.value !== null)
    ? [
        ...line(region, 'primary'),
        ...(gemeente && gemeente.code !== region.code ? line(gemeente, 'reference') : []),
        ...line({ code: NATIONAL_CODE, name: t('level.nl') }, 'reference'),
      ]
    : [];
  return {
    info,
    years: [first, last],
    series: lines,
    reason: trends.gapReason(series, region.code),
    missing: lines.length > 0 ? missingYears(own) : years,
  };
}
