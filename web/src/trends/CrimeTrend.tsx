/**
 * A gemeente's registered crime per 1,000 inhabitants over the published years, with Nederland as reference:
 * used in the map page's profile panel and on the one-page gemeente summary.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { t } from '../i18n/nl.ts';
import { tableSuffix } from '../format/source-text.ts';
import { crimeTrend } from './crime-trend-model.ts';
import { TrendStates, yearSpan } from './TrendStates.tsx';
import { trendRowsFor, useTrendTable } from './use-trend-table.ts';

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
  const loaded = useTrendTable(data, true, trendRowsFor(code));
  const { data: trends, error } = loaded;
  const trend = trends ? crimeTrend(data.manifest, trends, code, name) : null;
  if (trends && !trend) return null; // the data has no such series
  const source = trend ? data.catalogue.source(trend.info.sourceId) : undefined;
  const range = yearSpan(trend);
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
      <TrendStates
        trend={trend}
        error={error}
        onRetry={loaded.retry}
        name={name}
        noneTestId="trend-none"
        chart={{
          decimals: 1,
          title: t('trend.aria', { label: trend?.info.label ?? '', name, years: range }),
          testId: 'trend-chart',
          ...(width ? { width } : {}),
          ...(height ? { height } : {}),
        }}
        caption={
          trend && (
            <>
              {t('trend.source', {
                source: source ? `${source.publisher}${tableSuffix(source.tableId)}` : trend.info.sourceId,
                years: source?.referenceYear ?? range,
              })}{' '}
              {!compact && trend.info.note}
            </>
          )
        }
      />
    </section>
  );
}
