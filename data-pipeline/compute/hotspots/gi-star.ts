/**
 * Gi* z and hotspot class per region for one column of a level (an indicator value or a theme score), over the
 * level's contiguity neighbours, with the Benjamini–Hochberg correction over the regions of that column.
 */
import { classifyHotspots, getisOrdGiStar, nanColumn, type HotspotClass } from '@atlas/maths';
import type { LevelNeighbours } from './level-neighbours.ts';

/**
 * z, p and q per region in the register's order, NaN where a region has none (no value, no geometry, an island; Gi*
 * itself is always finite there; read a cell with nanAsNull, score-types.ts). Typed: kept to the end of the build for every column of the hotspot levels, as
 * (number | null)[] they were ~8 MB of boxed numbers on the JS heap.
 */
export interface HotspotColumn {
  z: Float64Array;
  p: Float64Array;
  q: Float64Array;
  classes: (HotspotClass | null)[];
}

/** Neighbour lists as indices into `codes` (regions without geometry have none and so get no Gi*). */
export function neighbourIndices(codes: readonly string[], graph: LevelNeighbours): number[][] {
  const index = new Map(codes.map((code, i) => [code, i]));
  return codes.map((code) => (graph.neighbours.get(code) ?? []).flatMap((n) => (index.has(n) ? [index.get(n) ?? 0] : [])));
}

export function hotspotColumn(values: readonly (number | null)[], neighbours: readonly (readonly number[])[]): HotspotColumn {
  const z = getisOrdGiStar(values, neighbours);
  const { p, q, classes } = classifyHotspots(z);
  return { z: nanColumn(z), p: nanColumn(p), q: nanColumn(q), classes };
}
