/**
 * A gemeente's registered crime per 1,000 inhabitants over the published years, with Nederland as reference:
 * used in the map page's profile panel and on the one-page gemeente summary.
 */
import { useCallback } from 'react';
import type { AtlasData } from '../data/atlas-data.ts';
import { yearRanges, type TrendTable } from '../data/trends.ts';
import { t } from '../i18n/nl.ts';
import { tableSuffix } from '../format/source-text.ts';
import { LineChart } from '../charts/LineChart.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useAsync } from '../ui/use-async.ts';
import { crimeTrend } from './crime-trend-model.ts';
import { missingYearsText, noSeriesText } from './gap-text.ts';

interface Props {
  data: AtlasData;
  code: string;
  name: string;
  width?: number;
  height?: number;
  /** The title's element and class: an h2 on the summary page, an h3 in the side panel. */
  heading?: 'h2' | 'h3';
  headingClass?: string;
  /** Leave the series' note out of the caption (the one-pager, where /methode carries it). */
  compact?: boolean;
}

export function CrimeTrend({ data, code, name, width, height, heading: Heading = 'h3', headingClass = 'section-title', compact = false }: Props) {
  const loaded = useAsync(useCallback((): Promise<TrendTable> => data.trends(), [data]));
  const { data: trends, error } = loaded;
  const trend = trends ? crimeTrend(data.manifest, trends, code, name) : null;
  if (trends && !trend) return null; // the data has no such series
  const source = trend ? data.catalogue.source(trend.info.sourceId) : undefined;
  const range = trend ? `${trend.years[0]}–${trend.years[1]}` : '';
  return (
    <section
      className="crime-trend"
      aria-labelledby={`trend-title-${code}`}
      data-testid="crime-trend"
      data-state={trend ? 'ready' : error ? 'error' : 'loading'}
    >
      <Heading id={`trend-title-${code}`} className={headingClass}>
        {trend ? trend.info.label : t('trend.heading')}
      </Heading>
      {error && <ErrorMessage messages={[error]} onRetry={loaded.retry} />}
      {!trend && !error && <p className="muted small">{t('trend.loading')}</p>}
      {trend && trend.series.length === 0 && (
        <p className="missing small" data-testid="trend-none" data-reason={trend.reason ?? ''}>
          {noSeriesText(name, range, trend.reason)}
        </p>
      )}
      {trend && trend.series.length > 0 && (
        <LineChart
          series={trend.series}
          xDomain={trend.years}
          unit={trend.info.unit}
          decimals={1}
          title={t('trend.aria', { label: trend.info.label, name, years: range })}
          testId="trend-chart"
          {...(width ? { width } : {})}
          {...(height ? { height } : {})}
          caption={
            <>
              {trend.missing.length > 0 && <>{missingYearsText(name, yearRanges(trend.missing), trend.reason)} </>}
              {t('trend.source', {
                source: source ? `${source.publisher}${tableSuffix(source.tableId)}` : trend.info.sourceId,
                years: source?.referenceYear ?? range,
              })}{' '}
              {!compact && trend.info.note}
            </>
          }
        />
      )}
    </section>
  );
}
