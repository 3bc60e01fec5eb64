/**
 * Gi* z and hotspot class per region for one column of a level (an indicator value or a theme score), over the
 * level's contiguity neighbours, with the Benjamini–Hochberg correction over the regions of that column.
 */
import { classifyHotspots, getisOrdGiStar, type HotspotClass } from '@atlas/maths';
import type { LevelNeighbours } from './level-neighbours.ts';

export interface HotspotColumn {
  z: (number | null)[];
  p: (number | null)[];
  q: (number | null)[];
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
  return { z, p, q, classes };
}
