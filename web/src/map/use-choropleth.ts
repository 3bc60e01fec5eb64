/**
 * The map's colours for what is shown: quantile classes over the level's column, a colour per table row, the
 * legend, the table row of every geometry feature, and the regions below the minimum population (hatched).
 */
import { useMemo } from 'react';
import type { Level } from '@atlas/contract';
import type { RegionGeometry } from '../data/geometry.ts';
import type { RegionTable } from '../data/region-table.ts';
import { fillColors, legendEntries, quantileBreaks, type ClassBreaks, type LegendEntry } from './classes.ts';
import type { Display } from './display.ts';
import { featureRowsOf, type Choropleth } from './choropleth.ts';
import { hatchCandidateRows } from './hatch-candidates.ts';
import type { AtlasState } from './map-url-state.ts';
import { fadeRows, hotspotFeatures, uncertainRows } from './overlays.ts';
import { vsNationalEntries, vsNationalFill } from './vs-national-fill.ts';

export interface Colouring {
  values: Float64Array;
  reasons: readonly (string | null)[] | null;
  colors: Uint8Array;
  legend: LegendEntry[];
  /** Changes whenever the colours do. */
  key: string;
}

/** Values that replace the display column's (a chosen year of the series), with breaks fixed over all its years. */
export interface ValueOverride {
  values: Float64Array;
  breaks: ClassBreaks;
  key: string;
}

export function useChoropleth(
  table: RegionTable | null,
  geo: RegionGeometry | null,
  display: Display,
  mapLevel: Level,
  override: ValueOverride | null,
  overlays: Pick<AtlasState, 'hotspots' | 'uncertain'>,
): { choropleth: Choropleth | null; colouring: Colouring | null } {
  const featureRows = useMemo(() => (geo && table ? featureRowsOf(geo, table) : null), [geo, table]);
  const colouring = useMemo<Colouring | null>(() => {
    if (!table) return null;
    const values = override?.values ?? table.numbers(display.column);
    const reasons = table.has(display.reasonColumn) ? table.strings(display.reasonColumn) : null;
    const breaks = override?.breaks ?? quantileBreaks(values);
    const vs = display.vsNational;
    return {
      values,
      reasons,
      colors: vs ? vsNationalFill(values, reasons, vs) : fillColors(values, reasons, breaks, display.reverse),
      legend: vs ? vsNationalEntries(values, reasons, vs) : legendEntries(values, reasons, breaks, display.reverse),
      key: `${table.level}:${display.column}:${display.reverse ? 'r' : 'n'}${vs ? ':nl' : ''}${override ? `:${override.key}` : ''}`,
    };
  }, [table, display.column, display.reasonColumn, display.reverse, display.vsNational, override]);
  const belowMin = useMemo<Uint8Array>(() => {
    const reasons = colouring?.reasons;
    const flags = new Uint8Array(colouring?.values.length ?? 0);
    if (colouring && reasons) colouring.values.forEach((v, row) => (flags[row] = Number.isNaN(v) && reasons[row] === 'below_min_population' ? 1 : 0));
    return flags;
  }, [colouring]);
  const { hotspots, uncertain } = overlays;
  const choropleth = useMemo<Choropleth | null>(() => {
    if (!geo || !featureRows || !colouring || table?.level !== mapLevel) return null;
    const colors = uncertain ? fadeRows(colouring.colors, uncertainRows(table, display)) : colouring.colors;
    const hotspotShapes = hotspots ? hotspotFeatures(geo, featureRows, table, display) : null;
    const colorKey = `${colouring.key}${uncertain ? ':u' : ''}${hotspots ? ':h' : ''}`;
    return { level: mapLevel, geometry: geo, featureRows, colors, colorKey, belowMin, hatchCandidates: hatchCandidateRows(table), hotspots: hotspotShapes };
  }, [geo, featureRows, colouring, belowMin, mapLevel, table, display, hotspots, uncertain]);
  return { choropleth, colouring };
}
