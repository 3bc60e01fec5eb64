/**
 * Whether the map can open on its level's first-view table (AtlasData.firstView, contract firstViewColumns; only
 * FIRST_VIEW_LEVELS have one) and colour exactly as the full table would: it must show the published values on the map, and every column its
 * colouring reads for this display and overlays must be in the slice, or in neither table (then both read it as
 * absent). Decided from the address alone, before any table is in, so the full table is asked for at once when
 * the slice will not do.
 */
import { FIRST_VIEW_LEVELS, firstViewColumns, levelTableColumns, type Level, type Manifest } from '@atlas/contract';
import { levelOfCode } from '../data/regions.ts';
import type { Display } from './display.ts';
import type { AtlasState } from './map-url-state.ts';

interface Shown {
  display: Display;
  state: Pick<AtlasState, 'mode' | 'corrected' | 'hotspots' | 'uncertain' | 'selection'>;
  /** A year of the series asked for (?jaar=) or a query's values on the map: not the published values. */
  otherValues: boolean;
}

type ColumnNames = { full: ReadonlySet<string>; slice: ReadonlySet<string> };
const columnsByManifest = new WeakMap<Manifest, Map<Level, ColumnNames>>();

function columnNames(manifest: Manifest, level: Level): ColumnNames {
  let byLevel = columnsByManifest.get(manifest);
  if (!byLevel) columnsByManifest.set(manifest, (byLevel = new Map()));
  let names = byLevel.get(level);
  if (!names) {
    const themes = manifest.themes.map((th) => th.id);
    const of = (columns: readonly { name: string }[]) => new Set(columns.map((c) => c.name));
    names = { full: of(levelTableColumns(manifest.indicators, themes, level)), slice: of(firstViewColumns(manifest.indicators, themes, level)) };
    byLevel.set(level, names);
  }
  return names;
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

export function firstViewDraws(manifest: Manifest, level: Level, shown: Shown): boolean {
  if (!FIRST_VIEW_LEVELS.includes(level) || shown.state.mode !== 'kaart' || shown.state.corrected || shown.otherValues) return false;
  // a selected region of this level opens its profile, which reads the full table at once: the slice would be extra
  if (shown.state.selection !== null && levelOfCode(shown.state.selection) === level) return false;
  const { full, slice } = columnNames(manifest, level);
  return colouringColumns(shown).every((column) => slice.has(column) || !full.has(column));
}
