/**
 * The regions a level's hatch source holds: every row that some indicator or theme column withholds for too
 * few inhabitants. Which of them are hatched depends on the shown column and is feature-state; the set itself
 * depends only on the table, so MapLibre tiles it once per level instead of on every switch.
 */
import { INDICATOR_IDS, THEME_IDS, col } from '@atlas/contract';
import type { RegionTable } from '../data/region-table.ts';

const REASON_COLUMNS = [...INDICATOR_IDS.map(col.reason), ...THEME_IDS.map(col.themeReason)];
const cache = new WeakMap<RegionTable, Uint8Array>();

/** 1 per table row withheld for too few inhabitants in at least one column. */
export function hatchCandidateRows(table: RegionTable): Uint8Array {
  const cached = cache.get(table);
  if (cached) return cached;
  const flags = new Uint8Array(table.size);
  for (const column of REASON_COLUMNS) {
    if (!table.has(column)) continue;
    table.strings(column).forEach((reason, row) => {
      if (reason === 'below_min_population') flags[row] = 1;
    });
  }
  cache.set(table, flags);
  return flags;
}
