/**
 * Helpers for the geometry tests: read a published TopoJSON, its neighbours, areas and the holes left
 * in the union of its geometries (a gap between two neighbours shows up as such a hole).
 * Areas and hole widths are measured by the pipeline's mosaic check (mosaic-defects.ts), so tests and pipeline agree.
 */
import * as topojsonClient from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry, Position } from 'geojson';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { measureRing, unionHoles as unionHolesOf } from '../../data-pipeline/geometry/mosaic-defects.ts';

/** Area of a ring in m² (unsigned), measured as the pipeline's mosaic check measures it. */
const ringAreaM2 = (ring: Position[]): number => measureRing(ring).areaM2;

export function polygons(geometry: Geometry | null): Position[][][] {
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Area in m² of a (Multi)Polygon: outer rings minus holes. */
export function areaM2(geometry: Geometry | null): number {
  let area = 0;
  for (const polygon of polygons(geometry)) polygon.forEach((ring, i) => (area += (i === 0 ? 1 : -1) * ringAreaM2(ring)));
  return area;
}

export interface ReadTopology {
  topology: Topology;
  collection: GeometryCollection;
  /** Geometry ids in order. */
  ids: string[];
  /** Neighbour ids per id (geometries that share an arc). */
  neighbours: Map<string, Set<string>>;
}

export function readTopology(text: string): ReadTopology {
  const topology = JSON.parse(text) as Topology;
  const collection = topology.objects[TOPOJSON_OBJECT] as GeometryCollection;
  const ids = collection.geometries.map((g) => String(g.id));
  const indexes = topojsonClient.neighbors(collection.geometries);
  const neighbours = new Map(ids.map((id, i) => [id, new Set((indexes[i] ?? []).map((j) => ids[j]!))]));
  return { topology, collection, ids, neighbours };
}

export function featureArea(read: ReadTopology, id: string): number {
  const geometry = read.collection.geometries.find((g) => String(g.id) === id);
  if (geometry === undefined) throw new Error(`no geometry ${id}`);
  const feature = topojsonClient.feature(read.topology, geometry) as { geometry: Geometry | null };
  return areaM2(feature.geometry);
}

export interface Hole {
  areaM2: number;
  /** Characteristic width 2·area/perimeter in metres (how mapshaper measures gap width). */
  widthM: number;
  at: Position;
}

/** Holes in the union of all geometries (gaps between neighbours, or real holes such as lakes and dropped regions). */
export function unionHoles(read: ReadTopology): Hole[] {
  return unionHolesOf(read.topology, read.collection.geometries).map(({ ring, areaM2, widthM }) => ({ areaM2, widthM, at: ring[0] ?? [] }));
}

/** How many geometries use each arc (1 = outer edge, 2 = shared border). */
export function arcUseCounts(read: ReadTopology): number[] {
  const counts = new Array<number>(read.topology.arcs.length).fill(0);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'number') counts[value < 0 ? ~value : value]! += 1;
  };
  for (const geometry of read.collection.geometries) walk((geometry as { arcs?: unknown }).arcs);
  return counts;
}
