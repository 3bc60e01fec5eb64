/**
 * The trend of the shown indicator in a region's profile, at every level: the region, its gemeente and
 * Nederland over the years of the indicator's series (manifest `series`). Nothing when the indicator has none.
 */
import type { IndicatorManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { indicatorTrend } from './indicator-trend-model.ts';
import { TrendStates, yearSpan } from './TrendStates.tsx';
import { trendRowsFor, useTrendTable } from './use-trend-table.ts';
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
  const loaded = useTrendTable(data, series !== null, trendRowsFor(code));
  const { data: trends, error } = loaded;
  if (!series || !indicator) return null;
  const trend = trends ? indicatorTrend(data.manifest, trends, series, region, gemeente) : null;
  if (trends && !trend) return null;
  const range = yearSpan(trend);
  return (
    <section className="indicator-trend" data-testid="indicator-trend" data-state={trend ? 'ready' : error ? 'error' : 'loading'}>
      <h3 className="section-title">{t('years.trend.heading', { label: indicator.label })}</h3>
      <TrendStates
        trend={trend}
        error={error}
        onRetry={loaded.retry}
        name={region.name}
        noneTestId="indicator-trend-none"
        chart={{
          decimals: indicator.decimals,
          title: t('years.trend.aria', { label: trend?.info.label ?? indicator.label, name: region.name, years: range }),
          testId: 'indicator-trend-chart',
        }}
        caption={trend?.info.note}
      />
    </section>
  );
}
