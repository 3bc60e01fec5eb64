/**
 * What a view of a region table says about the values it shows, and which describing columns it left out.
 * Views stack (custom weights, then a chosen year or the correction for small numbers, then the weights again
 * on the corrected percentiles), so each view registers only its own lines with the table it was made from,
 * and a lookup walks the stack: every view's line is said once, the oldest first.
 * Describing columns (intervals, significance, Gi* hotspot classes) are computed by the pipeline for the
 * published year, the raw values and the standard weights; a view that changes those numbers replaces them by
 * missing and records here why, so the map's overlays and the legend can say it instead of showing nothing.
 */
import { col, type IndicatorId, type ThemeId } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';

/** An indicator id, a theme score (`col.theme(id)`), or null for every theme score of the table. */
export type NoteKey = string | null;
export type Note = (row: number) => string | null;

interface Registered {
  base: RegionTable;
  notes: ReadonlyMap<NoteKey, Note>;
  /** Describing column → the line that says why it is left out. */
  withheld: ReadonlyMap<string, string>;
}

const registry = new WeakMap<RegionTable, Registered>();

export function registerView(view: RegionTable, base: RegionTable, notes: ReadonlyMap<NoteKey, Note>, withheld: ReadonlyMap<string, string>): void {
  registry.set(view, { base, notes, withheld });
}

/** The views `table` was made by, the oldest first. */
function stack(table: RegionTable): Registered[] {
  const out: Registered[] = [];
  for (let entry = registry.get(table); entry; entry = registry.get(entry.base)) out.unshift(entry);
  return out;
}

const joined = (lines: (string | null | undefined)[]): string | null => [...new Set(lines.filter((l): l is string => !!l))].join(' ') || null;

/**
 * A line that says what a shown value is when it is not the published raw value with the standard weights (null
 * otherwise): for an indicator, or (id null) the score of `theme`, on one row of a view's table.
 */
export function valueNote(table: RegionTable, id: IndicatorId | null, row: number, theme?: ThemeId): string | null {
  const keys: NoteKey[] = id !== null ? [id] : theme ? [null, col.theme(theme)] : [null];
  return joined(stack(table).flatMap((entry) => keys.map((key) => entry.notes.get(key)?.(row))));
}

/** Why a describing column of `table` is left out by one of its views; null when it holds the pipeline's values. */
export function withheldNote(table: RegionTable, column: string): string | null {
  return joined(stack(table).map((entry) => entry.withheld.get(column)));
}
