/**
 * The trend of the shown indicator in a region's profile, at every level: the region, its gemeente and
 * Nederland over the years of the indicator's series (manifest `series`). Nothing when the indicator has none.
 */
import { useCallback } from 'react';
import type { IndicatorManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import { yearRanges, type TrendTable } from '../data/trends.ts';
import { LineChart } from '../charts/LineChart.tsx';
import { t } from '../i18n/nl.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useAsync } from '../ui/use-async.ts';
import { indicatorTrend } from './indicator-trend-model.ts';
import { missingYearsText, noSeriesText } from './gap-text.ts';
import './indicator-trend.css';

interface Props {
  data: AtlasData;
  indicator: IndicatorManifest | null;
  /** The region's level table and row: its code, name and gemeente. */
  table: RegionTable;
  row: number;
}

export function IndicatorTrend({ data, indicator, table, row }: Props) {
  const code = table.codes[row] ?? '';
  const region = { code, name: table.names[row] ?? code };
  const gemeenteCode = table.string('gemeente_code', row);
  const gemeente = gemeenteCode ? { code: gemeenteCode, name: table.string('gemeente_name', row) ?? gemeenteCode } : null;
  const series = indicator?.series ?? null;
  const load = useCallback((): Promise<TrendTable> => data.trends(), [data]);
  const loaded = useAsync(series ? load : null);
  const { data: trends, error } = loaded;
  if (!series || !indicator) return null;
  const trend = trends ? indicatorTrend(data.manifest, trends, series, region, gemeente) : null;
  if (trends && !trend) return null;
  const range = trend ? `${trend.years[0]}–${trend.years[1]}` : '';
  return (
    <section className="indicator-trend" data-testid="indicator-trend" data-state={trend ? 'ready' : error ? 'error' : 'loading'}>
      <h3 className="section-title">{t('years.trend.heading', { label: indicator.label })}</h3>
      {error && <ErrorMessage messages={[error]} onRetry={loaded.retry} />}
      {!trend && !error && <p className="muted small">{t('trend.loading')}</p>}
      {trend && trend.series.length === 0 && (
        <p className="missing small" data-testid="indicator-trend-none" data-reason={trend.reason ?? ''}>
          {noSeriesText(region.name, range, trend.reason)}
        </p>
      )}
      {trend && trend.series.length > 0 && (
        <LineChart
          series={trend.series}
          xDomain={trend.years}
          unit={trend.info.unit}
          decimals={indicator.decimals}
          title={t('years.trend.aria', { label: trend.info.label, name: region.name, years: range })}
          testId="indicator-trend-chart"
          caption={
            <>
              {trend.missing.length > 0 && <>{missingYearsText(region.name, yearRanges(trend.missing), trend.reason)} </>}
              {trend.info.note}
            </>
          }
        />
      )}
    </section>
  );
}
