/**
 * Spikes: a ring vertex where the border turns back on itself (a needle of near-zero width).
 *
 * Simplifying the gap-split buurt layer (split-gaps.ts) makes them where a short arc between two
 * three-way nodes is shortened onto its neighbour's line: in Tilburg the border of Theresia Midden
 * (BU08552702) ran 24 m west along the border of Theresia West and came back (a turn of 0.35°). The
 * needle has no area, but MapLibre's triangulation of such a ring draws a thin wedge of the wrong colour
 * across the buurt at zoom 14–16. Both the repair (split-gaps.ts) and the check of the published layer
 * (mosaic-defects.ts) use this one definition.
 */

type Position = [number, number];
export type Ring = Position[];

/** A turn sharper than this (degrees) can be a spike … */
export const SPIKE_MAX_ANGLE_DEG = 8;
/**
 * … when the needle is narrower than this at its base (m): the shorter leg × sin(turn). Under 2 pixels
 * at zoom 14 (≈ 6 m per pixel at 52° N); a real sharp corner of a buurt is wider at the base.
 */
export const SPIKE_MAX_WIDTH_M = 10;

const M_PER_DEG = 111_320;

export interface SpikeShape {
  /** The turn at the vertex, degrees (0 = straight back). */
  angleDeg: number;
  /** Length of the needle: the shorter leg, metres. */
  lengthM: number;
  /** Width of the needle at its base, metres. */
  widthM: number;
}

/** The turn at b between its neighbours a and c, in local metres (equirectangular at b's latitude). */
export function turnAt(a: Position, b: Position, c: Position): SpikeShape | null {
  const cos = Math.cos((b[1] * Math.PI) / 180);
  const ux = (a[0] - b[0]) * cos * M_PER_DEG;
  const uy = (a[1] - b[1]) * M_PER_DEG;
  const vx = (c[0] - b[0]) * cos * M_PER_DEG;
  const vy = (c[1] - b[1]) * M_PER_DEG;
  const lu = Math.hypot(ux, uy);
  const lv = Math.hypot(vx, vy);
  if (lu === 0 || lv === 0) return null;
  const angle = Math.acos(Math.max(-1, Math.min(1, (ux * vx + uy * vy) / (lu * lv))));
  const lengthM = Math.min(lu, lv);
  return { angleDeg: (angle * 180) / Math.PI, lengthM, widthM: lengthM * Math.sin(angle) };
}

export const isSpike = (shape: SpikeShape | null): shape is SpikeShape =>
  shape !== null && shape.angleDeg < SPIKE_MAX_ANGLE_DEG && shape.widthM < SPIKE_MAX_WIDTH_M;

/** Each spike vertex of a closed ring (index into the ring without its closing position) and its shape. */
export function spikesOf(ring: Ring): { index: number; at: Position; shape: SpikeShape }[] {
  const n = ring.length - 1;
  const found: { index: number; at: Position; shape: SpikeShape }[] = [];
  for (let i = 0; i < n; i++) {
    const at = ring[i] as Position;
    const shape = turnAt(ring[(i - 1 + n) % n] as Position, at, ring[(i + 1) % n] as Position);
    if (isSpike(shape)) found.push({ index: i, at, shape });
  }
  return found;
}

/**
 * The ring without its spikes and repeated positions (removing a tip can expose the next one, so it
 * looks again); null when nothing with area is left. A ring is closed: first = last.
 */
export function removeSpikes(ring: Ring): { ring: Ring | null; removed: number } {
  const points = ring.slice(0, -1).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]);
  let removed = 0;
  let i = 0;
  let sinceChange = 0;
  // Walk round until a full lap finds nothing to remove.
  while (points.length >= 3 && sinceChange < points.length) {
    const n = points.length;
    const k = i % n;
    if (isSpike(turnAt(points[(k - 1 + n) % n] as Position, points[k] as Position, points[(k + 1) % n] as Position))) {
      points.splice(k, 1);
      removed++;
      sinceChange = 0;
      i = k === 0 ? 0 : k - 1;
    } else {
      i = k + 1;
      sinceChange++;
    }
  }
  if (points.length < 3) return { ring: null, removed };
  return { ring: [...points, points[0] as Position], removed };
}

type Polygon = Ring[];
interface LayerFeature {
  geometry: { type: string; coordinates: unknown } | null;
}

/** A polygon without spikes: null when its outer ring had no area; holes without area are dropped. */
function removePolygonSpikes(polygon: Polygon): { polygon: Polygon | null; removed: number } {
  let removed = 0;
  const rings: Ring[] = [];
  for (const [r, ring] of polygon.entries()) {
    const cleaned = removeSpikes(ring);
    removed += cleaned.removed;
    if (cleaned.ring !== null) rings.push(cleaned.ring);
    else if (r === 0) return { polygon: null, removed };
  }
  return { polygon: rings, removed };
}

/**
 * The spikes of every (Multi)Polygon of a GeoJSON FeatureCollection (mapshaper's output) removed. A feature
 * whose every part would vanish keeps its geometry as it was: nothing is dropped here.
 */
export function removeLayerSpikes(geojsonText: string): { layerJson: string; removed: number } {
  const layer = JSON.parse(geojsonText) as { features: LayerFeature[] };
  let removed = 0;
  for (const feature of layer.features) {
    const geometry = feature.geometry;
    if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Polygon[];
    const results = polygons.map(removePolygonSpikes);
    const kept = results.flatMap((result) => (result.polygon === null ? [] : [result.polygon]));
    if (kept.length === 0) continue;
    removed += results.reduce((sum, result) => sum + result.removed, 0);
    feature.geometry = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
  }
  return { layerJson: JSON.stringify(layer), removed };
}
