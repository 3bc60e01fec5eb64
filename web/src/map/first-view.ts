/**
 * Whether the map can open on its level's first-view table (AtlasData.slice(level, 'first-view'), contract
 * TABLE_SLICES; only its levels have one) and colour exactly as the full table would: it must show the published values on the map, and every column its
 * colouring reads for this display and overlays must be in the slice, or in neither table (then both read it as
 * absent). Decided from the address alone, before any table is in, so the full table is asked for at once when
 * the slice will not do.
 */
import { publishesSlice, type Level } from '@atlas/contract';
import type { Catalogue } from '../data/manifest.ts';
import { levelOfCode } from '../data/regions.ts';
import type { Display } from './display.ts';
import type { AtlasState } from './map-url-state.ts';

interface Shown {
  display: Display;
  state: Pick<AtlasState, 'mode' | 'corrected' | 'hotspots' | 'uncertain' | 'selection'>;
  /** A year of the series asked for (?jaar=) or a query's values on the map: not the published values. */
  otherValues: boolean;
}

/** The columns the map's colouring reads (use-choropleth.ts, overlays.ts) besides the reasons it hatches on. */
function colouringColumns({ display, state }: Shown): string[] {
  return [
    display.column,
    display.reasonColumn,
    ...(state.uncertain && display.pctInterval ? display.pctInterval : []),
    ...(state.hotspots && display.hotColumn ? [display.hotColumn] : []),
  ];
}

export function firstViewDraws(catalogue: Catalogue, level: Level, shown: Shown): boolean {
  if (!publishesSlice('first-view', level) || shown.state.mode !== 'kaart' || shown.state.corrected || shown.otherValues) return false;
  // a selected region of this level opens its profile, which reads the full table at once: the slice would be extra
  if (shown.state.selection !== null && levelOfCode(shown.state.selection) === level) return false;
  const { table, slices } = catalogue.levelColumns(level);
  const firstView = slices['first-view'];
  const holds = (columns: readonly { name: string }[], name: string) => columns.some((c) => c.name === name);
  return colouringColumns(shown).every((column) => holds(firstView, column) || !holds(table, column));
}
