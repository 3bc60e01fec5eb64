/**
 * A static map of a few regions without a projection library: an equirectangular projection with longitude
 * scaled by cos(latitude) at the centre of the area. For an area the size of a gemeente (tens of kilometres) the
 * distortion is far below a pixel at print size.
 */
import type { Geometry, Position } from 'geojson';
import type { BBox } from '../data/geometry.ts';

export type Project = (p: Position) => [number, number];

export interface Fit {
  project: Project;
  /** Drawn size: the box shrunk to the area's aspect ratio. */
  width: number;
  height: number;
}

/**
 * A projection that fits `bbox` inside width × height (minus padding), north up, centred. The returned size is
 * the box cropped to the area's shape, so a tall gemeente does not leave wide empty margins.
 */
export function fitEquirectangular(bbox: BBox, width: number, height: number, padding = 4): Fit {
  const [w, s, e, n] = bbox;
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = Math.max((e - w) * k, 1e-9);
  const spanY = Math.max(n - s, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const drawnW = spanX * scale + 2 * padding;
  const drawnH = spanY * scale + 2 * padding;
  return {
    width: drawnW,
    height: drawnH,
    project: ([lon = NaN, lat = NaN]) => [padding + (lon - w) * k * scale, padding + (n - lat) * scale],
  };
}

const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();

function ringPath(ring: readonly Position[], project: Project): string {
  let d = '';
  let last = '';
  for (const position of ring) {
    const [x, y] = project(position);
    const pt = `${r1(x)},${r1(y)}`;
    if (pt === last) continue; // points that round to the same pixel add bytes, not detail
    d += (d ? 'L' : 'M') + pt;
    last = pt;
  }
  return d ? `${d}Z` : '';
}

/** SVG path data for a (Multi)Polygon (draw with fill-rule evenodd, so holes stay holes); other types draw nothing. */
export function geometryPath(geometry: Geometry | null, project: Project): string {
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return geometry.coordinates.map((r) => ringPath(r, project)).join('');
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((p) => p.map((r) => ringPath(r, project)).join('')).join('');
  if (geometry.type === 'GeometryCollection') return geometry.geometries.map((g) => geometryPath(g, project)).join('');
  return '';
}

/** Signed area and centroid of a ring (shoelace), in the ring's own units. */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  ring.forEach(([x1 = NaN, y1 = NaN], i) => {
    const [x0 = NaN, y0 = NaN] = ring[i === 0 ? ring.length - 1 : i - 1] ?? [];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  });
  a /= 2;
  return a === 0 ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 } : { area: a, x: cx / (6 * a), y: cy / (6 * a) };
}

/** A point to put a label on: the centroid of the largest outer ring (lon, lat), or null without polygons. */
export function labelPoint(geometry: Geometry | null): Position | null {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best: { area: number; x: number; y: number } | null = null;
  for (const [ring] of polygons) {
    if (!ring || ring.length < 3) continue;
    const c = ringCentroid(ring);
    if (!best || Math.abs(c.area) > Math.abs(best.area)) best = c;
  }
  return best ? [best.x, best.y] : null;
}
