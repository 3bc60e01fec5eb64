/**
 * The body every trend section shares: the error with a retry, "laden…", the sentence for a region without
 * any value (with the reason the pipeline published), or the chart whose caption first names the missing years.
 */
import type { ReactNode } from 'react';
import type { MissingReason } from '@atlas/contract';
import { yearRanges } from '../data/trends.ts';
import { LineChart, type LineChartProps } from '../charts/LineChart.tsx';
import { t } from '../i18n/nl.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { missingYearsText, noSeriesText } from './gap-text.ts';

export interface TrendShape {
  series: LineChartProps['series'];
  years: readonly [number, number];
  reason: MissingReason | null;
  missing: number[];
  info: { unit: string };
}

interface Props {
  trend: TrendShape | null;
  error: string | null;
  onRetry(): void;
  /** The region's name, in the no-values and missing-years sentences. */
  name: string;
  noneTestId: string;
  /** The chart's own settings; series, years, unit and caption come from the trend. */
  chart: Omit<LineChartProps, 'series' | 'xDomain' | 'unit' | 'caption'>;
  /** What the caption says after the missing years (source, note). */
  caption: ReactNode;
}

export const yearSpan = (trend: TrendShape | null): string => (trend ? `${trend.years[0]}–${trend.years[1]}` : '');

export function TrendStates({ trend, error, onRetry, name, noneTestId, chart, caption }: Props) {
  return (
    <>
      {error && <ErrorMessage messages={[error]} onRetry={onRetry} />}
      {!trend && !error && <p className="muted small">{t('trend.loading')}</p>}
      {trend && trend.series.length === 0 && (
        <p className="missing small" data-testid={noneTestId} data-reason={trend.reason ?? ''}>
          {noSeriesText(name, yearSpan(trend), trend.reason)}
        </p>
      )}
      {trend && trend.series.length > 0 && (
        <LineChart
          {...chart}
          series={trend.series}
          xDomain={trend.years}
          unit={trend.info.unit}
          caption={
            <>
              {trend.missing.length > 0 && <>{missingYearsText(name, yearRanges(trend.missing), trend.reason)} </>}
              {caption}
            </>
          }
        />
      )}
    </>
  );
}
