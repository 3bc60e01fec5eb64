/**
 * The map page's one decision about which values it shows: the published ones, a chosen year of the shown
 * indicator (?jaar=), or the values corrected for small numbers (?gecorrigeerd=aan). It returns the data, the
 * level tables and the display every view of the page reads, so none of them decides on its own.
 */
import { useMemo } from 'react';
import type { IndicatorManifest, Level, ThemeManifest } from '@atlas/contract';
import type { AtlasData } from '../data/atlas-data.ts';
import type { RegionTable } from '../data/region-table.ts';
import type { MapQuery } from '../analyse/use-map-query.ts';
import type { Display } from '../map/display.ts';
import type { AtlasState } from '../map/map-url-state.ts';
import type { ValueOverride } from '../map/use-choropleth.ts';
import { useMapYear } from '../years/use-map-year.ts';
import { useYear, type YearChoice } from '../years/use-year.ts';
import { useWeightsParam } from '../weights/use-weights.ts';
import { encodeWeights } from '../weights/weights-url.ts';
import { correctedDisplay } from './corrected-display.ts';
import { withoutWithheld } from './describing-display.ts';
import { valuesAtlas } from './values-atlas.ts';
import { t } from '../i18n/nl.ts';
import { PUBLISHED, valuesTable, type ValuesSpec } from './values-view.ts';

export interface ShownValues {
  data: AtlasData;
  tables: Partial<Record<Level, RegionTable>>;
  /** What the map draws on its level: the shown table, or a query's view of it. */
  table: RegionTable | null;
  display: Display;
  year: YearChoice;
  /** The chosen year's colours: breaks fixed over all its years. */
  override: ValueOverride | null;
  yearEmpty: boolean;
}

interface Choice {
  theme: ThemeManifest;
  /** The shown indicator; undefined for the theme score. */
  indicator: IndicatorManifest | undefined;
  mapLevel: Level;
  /** A query from /analyse ("Toon op kaart") shows its own values: no year, no correction. */
  mapQuery: MapQuery | null;
  /** What the state asks the map to show (resolveDisplay), before a query, year or correction changes it. */
  display: Display;
}

export function useShownValues(
  data: AtlasData,
  published: Partial<Record<Level, RegionTable>>,
  state: Pick<AtlasState, 'corrected'>,
  choice: Choice,
): ShownValues {
  const { theme, mapLevel, mapQuery } = choice;
  const indicator = mapQuery ? undefined : choice.indicator;
  const corrected = !mapQuery && state.corrected;
  const queryDisplay = mapQuery?.display;
  const display = queryDisplay ?? choice.display;
  const year = useYear(data, indicator);
  const weights = useWeightsParam(data);
  const spec = useMemo<ValuesSpec>(() => {
    const series = indicator?.series;
    const chosen =
      indicator && series && year.year !== null && year.trends ? { indicator: { ...indicator, series }, year: year.year, trends: year.trends } : null;
    if (!corrected && !chosen) return PUBLISHED;
    const key = [corrected ? 'eb' : '', chosen ? `${chosen.indicator.id}:${chosen.year}` : '', encodeWeights(weights, data.manifest)].join('|');
    return { corrected, year: chosen, weights, key };
  }, [corrected, indicator, year.year, year.trends, weights, data]);
  const shownData = useMemo(() => valuesAtlas(data, spec), [data, spec]);
  const tables = useMemo(() => {
    const out: Partial<Record<Level, RegionTable>> = {};
    for (const [level, table] of Object.entries(published) as [Level, RegionTable][]) out[level] = valuesTable(table, data.manifest, spec);
    return out;
  }, [published, data, spec]);
  const levelTable = tables[mapLevel] ?? null;
  const mapYear = useMapYear(year, theme, indicator, levelTable, display);
  // On the shown level's table, not on `tables`: another level's table arriving in the background must not make a
  // new display (withoutWithheld and correctedDisplay build a new object), which redrew the map for nothing.
  const catalogue = data.catalogue;
  const shownDisplay = useMemo(() => {
    const shown = corrected ? correctedDisplay(mapYear.display, levelTable, mapYear.override !== null) : mapYear.display;
    const kept = withoutWithheld(shown, levelTable);
    // An indicator the level does not have leaves every region grey: that is no gap in the data.
    const onLevel = !kept.indicator || catalogue.levelInfo(kept.indicator, mapLevel) !== undefined;
    return onLevel ? kept : { ...kept, missingLabel: t('legend.notOnLevel') };
  }, [corrected, mapYear.display, mapYear.override, levelTable, mapLevel, catalogue]);
  const table = useMemo(() => (mapQuery ? mapQuery.view(levelTable) : levelTable), [mapQuery, levelTable]);
  return { data: shownData, tables, table, display: shownDisplay, year, override: mapYear.override, yearEmpty: mapYear.empty };
}
