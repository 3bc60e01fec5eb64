/**
 * A gemeente's registered crime per 1,000 inhabitants with Nederland as reference: the current series (from
 * 2021), and in the side panel the history 2010–2020 behind a disclosure, as its own chart (another source,
 * another count: the two are not one line). Used in the map page's profile panel and on the one-page summary.
 */
import type { AtlasData } from '../data/atlas-data.ts';
import { t } from '../i18n/nl.ts';
import { publisherWithTable } from '../format/source-text.ts';
import { crimeRateSeries, crimeTrend, trendTitle, type TrendInfo } from './crime-trend-model.ts';
import { TrendStates, yearSpan } from './TrendStates.tsx';
import type { TrendTable } from '../data/trends.ts';
import type { AsyncState } from '../ui/use-async.ts';
import { trendRowsFor, useTrendTable } from './use-trend-table.ts';

type LoadedTrends = AsyncState<TrendTable>;

interface Props {
  data: AtlasData;
  code: string;
  name: string;
  width?: number;
  height?: number;
  /** The title's element and class: an h2 on the summary page, an h3 in the side panel. */
  heading?: 'h2' | 'h3';
  headingClass?: string;
  /** The one-pager: the current series only, without its note (/methode carries it). */
  compact?: boolean;
}

export function CrimeTrend({ data, code, name, width, height, heading: Heading = 'h3', headingClass = 'section-title', compact = false }: Props) {
  const loaded = useTrendTable(data, true, trendRowsFor(code));
  const [current, earlier] = crimeRateSeries(data.manifest);
  if (!current) return null; // the data has no such series
  const chart = { width, height, compact, name, code, data, loaded };
  return (
    <section className="crime-trend" aria-labelledby={`trend-title-${code}`} data-testid="crime-trend" data-state={loadState(loaded)}>
      <Heading id={`trend-title-${code}`} className={headingClass}>
        {trendTitle(current)}
      </Heading>
      <SeriesChart info={current} testId="trend-chart" noneTestId="trend-none" {...chart} />
      {earlier && !compact && (
        <details className="trend-earlier" data-testid="trend-earlier">
          <summary>{t('trend.earlier', { title: trendTitle(earlier) })}</summary>
          <SeriesChart info={earlier} testId="trend-earlier-chart" noneTestId="trend-earlier-none" {...chart} />
        </details>
      )}
    </section>
  );
}

const loadState = (loaded: LoadedTrends): string => (loaded.data ? 'ready' : loaded.error ? 'error' : 'loading');

interface SeriesChartProps {
  info: TrendInfo;
  testId: string;
  noneTestId: string;
  data: AtlasData;
  loaded: LoadedTrends;
  code: string;
  name: string;
  width: number | undefined;
  height: number | undefined;
  compact: boolean;
}

function SeriesChart({ info, testId, noneTestId, data, loaded, code, name, width, height, compact }: SeriesChartProps) {
  const trend = loaded.data ? crimeTrend(data.manifest, loaded.data, code, name, info.id) : null;
  const source = data.catalogue.source(info.sourceId);
  const range = yearSpan(trend);
  return (
    <TrendStates
      trend={trend}
      error={loaded.error}
      onRetry={loaded.retry}
      name={name}
      noneTestId={noneTestId}
      chart={{
        decimals: 1,
        title: t('trend.aria', { label: info.label, name, years: range }),
        testId,
        ...(width ? { width } : {}),
        ...(height ? { height } : {}),
      }}
      caption={
        <>
          {t('trend.source', {
            source: source ? publisherWithTable(source) : info.sourceId,
            years: source?.referenceYear ?? range,
          })}{' '}
          {!compact && info.note}
        </>
      }
    />
  );
}
