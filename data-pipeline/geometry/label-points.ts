/**
 * Label points as mapshaper writes them (`-points inner`: a point well inside the largest part of each
 * polygon, so a label never sits in a neighbour or in the sea the way a centroid of a crescent would),
 * with the polygon's bounds (for "fly to" from the search) carried along as attributes.
 */
import { outputText } from './mapshaper-run.ts';

export interface LabelPoint {
  lon: number;
  lat: number;
  bbox: [west: number, south: number, east: number, north: number];
}

type Props = Record<string, unknown>;

const round5 = (v: number): number => Math.round(v * 1e5) / 1e5;

export function readLabelPoints(content: string | Uint8Array | undefined, file: string): Map<string, LabelPoint> {
  const text = outputText(content, `label points for ${file}`);
  const doc = JSON.parse(text) as { features?: { properties?: Props | null; geometry?: { type?: string; coordinates?: unknown } | null }[] };
  const points = new Map<string, LabelPoint>();
  for (const feature of doc.features ?? []) {
    const p = feature.properties ?? {};
    const coords = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    if (typeof p.code !== 'string' || !Array.isArray(coords)) continue; // a geometry cleaned away has no point
    const [lon, lat] = coords as unknown[];
    const bbox = [p.west, p.south, p.east, p.north];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !bbox.every((v) => typeof v === 'number')) {
      throw new Error(`${file}: label point of ${p.code} has no numeric position or bounds`);
    }
    const [w, s, e, n] = (bbox as number[]).map(round5) as [number, number, number, number];
    points.set(p.code, { lon: round5(lon), lat: round5(lat), bbox: [w, s, e, n] });
  }
  return points;
}
