/**
 * The map's year: which years the shown indicator has (from its series in the manifest), the year in the
 * address, and — once a year is chosen — that year's values on the level's rows with breaks fixed over all years.
 */
import { useCallback, useMemo } from 'react';
import type { IndicatorManifest, Manifest, SeriesId } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import type { ClassBreaks } from '../map/classes.ts';
import { currentAddress, currentPath, navigate, useSearch } from '../routing/address.ts';
import { useAsync } from '../ui/use-async.ts';
import { parseYear, withYear } from './year-url.ts';
import { breaksOverYears, yearValuesByRow } from './year-values.ts';

export interface YearValues {
  year: number;
  values: Float64Array;
  breaks: ClassBreaks;
  /** First and last year of the series, for the legend line. */
  span: readonly [number, number];
  /** Changes whenever the colours do. */
  key: string;
}

export interface YearChoice {
  /** Years of the indicator's series, ascending; empty when it has none (no slider). */
  years: readonly number[];
  /** The chosen year, or null for the indicator's own published value. */
  year: number | null;
  /** The indicator's own year, where the slider rests when no year is chosen. */
  ownYear: number | null;
  setYear(year: number | null): void;
  /** The chosen year's values on the table rows; null while loading or without a chosen year. */
  values: YearValues | null;
}

export function seriesYears(manifest: Manifest, series: SeriesId | null | undefined): number[] {
  const info = series ? manifest.trends.find((s) => s.id === series) : undefined;
  return info ? [...info.years].sort((a, b) => a - b) : [];
}

export function useYear(data: AtlasData, indicator: IndicatorManifest | undefined, table: RegionTable | null): YearChoice {
  const series = indicator?.series ?? null;
  const years = useMemo(() => seriesYears(data.catalogue.manifest, series), [data, series]);
  const search = useSearch();
  const asked = parseYear(search);
  const year = asked !== null && years.includes(asked) ? asked : null;
  const load = useCallback(() => data.trends(), [data]);
  const trends = useAsync(year !== null ? load : null).data;
  const setYear = useCallback((next: number | null) => {
    const url = `${currentPath()}${withYear(location.search, next)}`;
    if (url !== currentAddress()) navigate(url);
  }, []);
  const codes = useMemo(() => (table ? table.strings('code') : null), [table]);
  const breaks = useMemo(() => (trends && codes && series ? breaksOverYears(trends, codes, series, years) : null), [trends, codes, series, years]);
  const values = useMemo<YearValues | null>(() => {
    const first = years[0];
    const last = years.at(-1);
    if (year === null || !trends || !codes || !series || !breaks || first === undefined || last === undefined) return null;
    return { year, values: yearValuesByRow(trends, codes, series, year), breaks, span: [first, last], key: `${series}:${year}` };
  }, [year, trends, codes, series, breaks, years]);
  const own = Number(indicator?.year);
  return { years, year, ownYear: Number.isInteger(own) ? own : null, setYear, values };
}
