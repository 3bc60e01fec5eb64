/**
 * Contiguity neighbours of a level from its published TopoJSON. The layers are cleaned into one topology (shared
 * arcs) where the boundary files allowed it, but an approximate layer (buurten) need not be: the rule therefore
 * measures shared border within a snapping tolerance (maths/contiguity-neighbours.ts) instead of shared arcs.
 */
import { contiguityNeighbours, type RegionRings } from '@atlas/maths';
import { TOPOJSON_OBJECT, type Level } from '@atlas/contract';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';

/**
 * Tolerance and minimum shared border per level. Wijken: 25 m, at least 75 m of border (3 × tolerance, so
 * regions meeting only at a corner are not neighbours). Buurten (the approximate layer, borders simplified per
 * buurt): 50 m and at least 150 m. Gemeenten, should a caller ask: as wijken.
 */
export const CONTIGUITY_RULE: Record<Level, { toleranceMetres: number; minSharedMetres: number }> = {
  gemeente: { toleranceMetres: 25, minSharedMetres: 75 },
  wijk: { toleranceMetres: 25, minSharedMetres: 75 },
  buurt: { toleranceMetres: 50, minSharedMetres: 150 },
};

export interface LevelNeighbours {
  level: Level;
  /** Region code → neighbour codes, ascending; every region of the layer has an entry. */
  neighbours: Map<string, string[]>;
  /** Regions of the layer without any neighbour, ascending. */
  islands: string[];
}

function ringsOf(geometry: Geometry | null): RegionRings {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

export function neighboursFromTopojson(level: Level, topojsonText: string): LevelNeighbours {
  const topology = JSON.parse(topojsonText) as Topology;
  const object = topology.objects[TOPOJSON_OBJECT];
  if (!object) throw new Error(`${level} TopoJSON has no object "${TOPOJSON_OBJECT}"`);
  const collection = feature(topology, object);
  const features = 'features' in collection ? collection.features : [collection];
  const codes = features.map((f, i) => {
    const code = f.id ?? (f.properties as { code?: unknown } | null)?.code;
    if (typeof code !== 'string') throw new Error(`${level} TopoJSON: geometry ${i} has no region code`);
    return code;
  });
  const { neighbours } = contiguityNeighbours(
    features.map((f) => ringsOf(f.geometry)),
    CONTIGUITY_RULE[level],
  );
  const byCode = new Map<string, string[]>();
  codes.forEach((code, i) => byCode.set(code, (neighbours[i] ?? []).map((j) => codes[j] ?? '').sort()));
  const islands = codes.filter((code) => (byCode.get(code) ?? []).length === 0).sort();
  return { level, neighbours: byCode, islands };
}
