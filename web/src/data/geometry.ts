/**
 * TopoJSON → GeoJSON for the map, with each feature's bounding box (for "fly to") kept beside it.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { TOPOJSON_OBJECT } from '@atlas/contract';
import { DataError } from './errors.ts';

export type BBox = [west: number, south: number, east: number, north: number];

export interface RegionFeatureProps {
  code: string;
  name: string;
}

export type RegionFeature = Feature<Geometry, RegionFeatureProps>;

export type Borders = FeatureCollection<MultiLineString>;

export interface RegionGeometry {
  collection: FeatureCollection<Geometry, RegionFeatureProps>;
  bboxes: Map<string, BBox>;
  /** Bounding box of all features. */
  bbox: BBox;
  /**
   * Every border once, for layers that draw these regions as lines (parseTopology's `borders` option). The polygons'
   * rings draw each shared border twice: twice the vertices to tile and the fragments to shade in every frame.
   */
  borders?: () => Borders;
}

export function bboxOf(geometry: Geometry | null): BBox | null {
  if (!geometry) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = ([x = NaN, y = NaN]: Position): void => {
    // A position without two numbers is skipped: NaN fails every comparison below.
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  };
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'Point':
        visit(g.coordinates);
        break;
      case 'MultiPoint':
      case 'LineString':
        g.coordinates.forEach(visit);
        break;
      case 'MultiLineString':
      case 'Polygon':
        g.coordinates.forEach((r) => r.forEach(visit));
        break;
      case 'MultiPolygon':
        g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit)));
        break;
      case 'GeometryCollection':
        g.geometries.forEach(walk);
        break;
    }
  };
  walk(geometry);
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

export function unionBBox(boxes: Iterable<BBox>): BBox | null {
  let out: BBox | null = null;
  for (const b of boxes) out = out ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])] : [...b];
  return out;
}

/**
 * The topology's borders, each arc once (TopoJSON shares an arc between the regions on both sides), computed on the
 * first call: only a map at wijk or buurt level draws gemeente lines, so the first map does not wait for them.
 */
function lazyBorders(topology: Topology, object: GeometryCollection): () => Borders {
  let borders: Borders | null = null;
  return () => {
    borders ??= { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: mesh(topology, object) }] };
    return borders;
  };
}

export interface TopologyOptions {
  borders?: boolean;
}

/**
 * Parse a published TopoJSON file (object 'regions', geometry id = region code). `borders`: also offer its borders
 * as lines (keeps the topology; asked for the small layers drawn as lines, not for wijken and buurten).
 */
export function parseTopology(file: string, json: unknown, { borders = false }: TopologyOptions = {}): RegionGeometry {
  const topo = json as Partial<Topology>;
  const object = topo?.type === 'Topology' ? topo.objects?.[TOPOJSON_OBJECT] : undefined;
  if (!object || object.type !== 'GeometryCollection') {
    throw new DataError('invalid', file, `TopoJSON zonder object '${TOPOJSON_OBJECT}'`);
  }
  let fc: FeatureCollection<Geometry, Record<string, unknown> | null>;
  try {
    fc = feature(topo as Topology, object as GeometryCollection) as FeatureCollection<Geometry, Record<string, unknown> | null>;
  } catch (e) {
    throw new DataError('corrupt', file, e instanceof Error ? e.message : 'ongeldige TopoJSON');
  }
  const bboxes = new Map<string, BBox>();
  const features: RegionFeature[] = [];
  for (const f of fc.features) {
    const code = f.id === undefined ? '' : String(f.id);
    if (!code || !f.geometry) continue;
    const name = typeof f.properties?.['name'] === 'string' ? f.properties['name'] : code;
    features.push({ type: 'Feature', id: code, geometry: f.geometry, properties: { code, name } });
    const b = bboxOf(f.geometry);
    if (b) bboxes.set(code, b);
  }
  return {
    collection: { type: 'FeatureCollection', features },
    bboxes,
    bbox: unionBBox(bboxes.values()) ?? [3.3, 50.7, 7.3, 53.6],
    ...(borders ? { borders: lazyBorders(topo as Topology, object as GeometryCollection) } : {}),
  };
}
