/**
 * The crime-rate series of one gemeente with Nederland as reference line, shaped for LineChart: one point per
 * published year (from the manifest), gaps where a year has no value.
 */
import type { Manifest, MissingReason } from '@atlas/contract';
import type { LineSeries } from '../charts/line-chart.ts';
import { CRIME_RATE_SERIES, NATIONAL_CODE, missingYears, type TrendTable } from '../data/trends.ts';
import { t } from '../i18n/nl.ts';

export type TrendInfo = Manifest['trends'][number];

export interface CrimeTrend {
  info: TrendInfo;
  years: readonly [number, number];
  /** The gemeente first, then Nederland; empty when the gemeente has no value at all. */
  series: LineSeries[];
  /** Why the region lacks values, as published (trends.arrow gap rows); null when no gap row says. */
  reason: MissingReason | null;
  /** Years the gemeente has no value for (its line has a gap there). */
  missing: number[];
}

/** null when the manifest lists no crime-rate series or it has no years. */
export function crimeTrend(manifest: Manifest, trends: TrendTable, code: string, name: string): CrimeTrend | null {
  const info = manifest.trends.find((s) => s.id === CRIME_RATE_SERIES);
  const years = info ? [...info.years].sort((a, b) => a - b) : [];
  const [first] = years;
  const last = years.at(-1);
  if (!info || first === undefined || last === undefined) return null;
  const points = (c: string) => trends.points(CRIME_RATE_SERIES, c, years).map((p) => ({ x: p.year, y: p.value }));
  const own = trends.points(CRIME_RATE_SERIES, code, years);
  const present = own.some((p) => p.value !== null);
  const series: LineSeries[] = present
    ? [
        { id: code, label: name, points: points(code), role: 'primary' },
        ...(trends.has(CRIME_RATE_SERIES, NATIONAL_CODE)
          ? [{ id: NATIONAL_CODE, label: t('level.nl'), points: points(NATIONAL_CODE), role: 'reference' as const }]
          : []),
      ]
    : [];
  return { info, years: [first, last], series, reason: trends.gapReason(CRIME_RATE_SERIES, code), missing: present ? missingYears(own) : years };
}
