/**
 * The map's year: which years the shown indicator has (from its series in the manifest), the year in the
 * address, and — once a year is chosen — the trends table its values come from.
 */
import { useCallback, useMemo } from 'react';
import type { IndicatorManifest, Manifest, SeriesId } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { TrendTable } from '../data/trends.ts';
import { currentAddress, currentPath, navigate, useSearch } from '../routing/address.ts';
import { useTrendTable } from '../trends/use-trend-table.ts';
import { parseYear, withYear } from './year-url.ts';

export interface YearChoice {
  /** Years of the indicator's series, ascending; empty when it has none (no slider). */
  years: readonly number[];
  /** The chosen year, or null for the indicator's own published value. */
  year: number | null;
  /** The indicator's own year, where the slider rests when no year is chosen. */
  ownYear: number | null;
  setYear(year: number | null): void;
  /** The indicator's series, when it has one. */
  series: SeriesId | null;
  /** The trends table once a year is chosen and it has loaded; null before. */
  trends: TrendTable | null;
}

export function seriesYears(manifest: Manifest, series: SeriesId | null | undefined): number[] {
  const info = series ? manifest.trends.find((s) => s.id === series) : undefined;
  return info ? [...info.years].sort((a, b) => a - b) : [];
}

export function useYear(data: AtlasData, indicator: IndicatorManifest | undefined): YearChoice {
  const series = indicator?.series ?? null;
  const years = useMemo(() => seriesYears(data.catalogue.manifest, series), [data, series]);
  const search = useSearch();
  const asked = parseYear(search);
  const year = asked !== null && years.includes(asked) ? asked : null;
  const trends = useTrendTable(data, year !== null).data ?? null;
  const own = Number(indicator?.year);
  const ownYear = Number.isInteger(own) ? own : null;
  // The indicator's own year is its published value (with percentiles, intervals, hotspots): no year chosen.
  const setYear = useCallback(
    (next: number | null) => {
      const url = `${currentPath()}${withYear(location.search, next === ownYear ? null : next)}`;
      if (url !== currentAddress()) navigate(url);
    },
    [ownYear],
  );
  return { years, year, ownYear, setYear, series, trends: year !== null ? trends : null };
}
