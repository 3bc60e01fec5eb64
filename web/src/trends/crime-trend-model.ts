/**
 * A gemeente's registered-crime rate with Nederland as reference line, shaped for LineChart: one point per
 * published year (from the manifest), gaps where a year has no value. The current series (politie, from 2021)
 * comes first; the history (CBS, 2010–2020, another source and another way of counting) is shown apart, never
 * joined to it as one line.
 */
import { CRIME_RATE_SERIES, CURRENT_CRIME_RATE_SERIES, type Manifest, type MissingReason, type SeriesId } from '@atlas/contract';
import type { LineSeries } from '../charts/line-chart.ts';
import { NATIONAL_CODE, missingYears, type TrendTable } from '../data/trends.ts';
import { seriesDetail } from '../explain/series-text.ts';
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

/** The crime-rate series the manifest publishes with years, the current one first. */
export function crimeRateSeries(manifest: Manifest): TrendInfo[] {
  return [CURRENT_CRIME_RATE_SERIES, CRIME_RATE_SERIES].flatMap((id) => manifest.trends.find((s) => s.id === id && s.years.length > 0) ?? []);
}

/** The series' label with its years, unless the label has them already. */
export const trendTitle = (info: TrendInfo): string => `${info.label}${seriesDetail(info, false)}`;

/** One crime-rate series of a gemeente; null when the manifest lists no such series or it has no years. */
export function crimeTrend(manifest: Manifest, trends: TrendTable, code: string, name: string, id: SeriesId): CrimeTrend | null {
  const info = manifest.trends.find((s) => s.id === id);
  const years = info ? [...info.years].sort((a, b) => a - b) : [];
  const [first] = years;
  const last = years.at(-1);
  if (!info || first === undefined || last === undefined) return null;
  const points = (c: string) => trends.points(id, c, years).map((p) => ({ x: p.year, y: p.value }));
  const own = trends.points(id, code, years);
  const present = own.some((p) => p.value !== null);
  const series: LineSeries[] = present
    ? [
        { id: code, label: name, points: points(code), role: 'primary' },
        ...(trends.has(id, NATIONAL_CODE) ? [{ id: NATIONAL_CODE, label: t('level.nl'), points: points(NATIONAL_CODE), role: 'reference' as const }] : []),
      ]
    : [];
  return { info, years: [first, last], series, reason: trends.gapReason(id, code), missing: present ? missingYears(own) : years };
}
