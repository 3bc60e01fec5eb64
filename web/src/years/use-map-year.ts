/**
 * What the map draws once a year is chosen: the shown table's values (the year's, see view/values-view.ts) with
 * class breaks fixed over all years of the series, and the value display with a legend line that says so.
 * Without a chosen year everything passes through.
 */
import { useMemo } from 'react';
import { col, type IndicatorManifest, type ThemeManifest } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { resolveDisplay, type Display } from '../map/display.ts';
import type { ValueOverride } from '../map/use-choropleth.ts';
import type { YearChoice } from './use-year.ts';
import { breaksOverYears } from './year-values.ts';

export interface MapYear {
  display: Display;
  override: ValueOverride | null;
  /** The chosen year's series has no value on this level. */
  empty: boolean;
}

export function useMapYear(
  choice: YearChoice,
  theme: ThemeManifest,
  indicator: IndicatorManifest | undefined,
  table: RegionTable | null,
  display: Display,
): MapYear {
  const { year, trends, series, years } = choice;
  const codes = useMemo(() => (table ? table.strings('code') : null), [table]);
  const breaks = useMemo(() => (trends && codes && series ? breaksOverYears(trends, codes, series, years) : null), [trends, codes, series, years]);
  const active = year !== null && !!indicator && !!breaks && !!table;
  const yearDisplay = useMemo<Display>(() => {
    const first = years[0];
    const last = years.at(-1);
    if (!active || !indicator || first === undefined || last === undefined) return display;
    // Hotspots and percentile intervals exist for the published year only: no overlays for another year.
    const { hotColumn: _hot, pctInterval: _interval, ...value } = resolveDisplay(theme, indicator, 'value');
    return {
      ...value,
      title: `${value.title} (${year})`,
      subtitle: t('years.subtitle', { unit: indicator.unit, year, from: first, to: last }),
      classesOverYears: { from: first, to: last },
    };
  }, [active, indicator, theme, display, year, years]);
  const override = useMemo<ValueOverride | null>(
    () => (active && indicator && breaks && table ? { values: table.numbers(col.value(indicator.id)), breaks, key: `${series}:${year}` } : null),
    [active, indicator, breaks, table, series, year],
  );
  return { display: yearDisplay, override, empty: breaks?.count === 0 };
}
