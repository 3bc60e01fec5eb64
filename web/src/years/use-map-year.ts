/**
 * What the map draws once a year is chosen: that year's values with breaks fixed over all years of the series,
 * and the value display with a legend line that says so. Without a chosen year everything passes through.
 */
import { useMemo } from 'react';
import type { IndicatorManifest, ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import { t } from '../i18n/nl.ts';
import { resolveDisplay, type Display } from '../map/display.ts';
import type { ValueOverride } from '../map/use-choropleth.ts';
import { useYear, type YearChoice } from './use-year.ts';

export interface MapYear {
  choice: YearChoice;
  display: Display;
  override: ValueOverride | null;
}

export function useMapYear(
  data: AtlasData,
  theme: ThemeManifest,
  indicator: IndicatorManifest | undefined,
  table: RegionTable | null,
  display: Display,
): MapYear {
  const choice = useYear(data, indicator, table);
  const yearValues = choice.values;
  const yearDisplay = useMemo<Display>(() => {
    if (!yearValues || !indicator) return display;
    const [from, to] = yearValues.span;
    const value = resolveDisplay(theme, indicator, 'value');
    return { ...value, subtitle: t('years.subtitle', { unit: indicator.unit, year: yearValues.year, from, to }) };
  }, [yearValues, indicator, theme, display]);
  const override = useMemo<ValueOverride | null>(
    () => (yearValues ? { values: yearValues.values, breaks: yearValues.breaks, key: yearValues.key } : null),
    [yearValues],
  );
  return { choice, display: yearDisplay, override };
}
