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

/**
 * Marker positions moved apart until no two are closer than `gap` (pixels), each staying as near its wijk as it
 * can and inside the map: small neighbouring wijken would otherwise put their numbers on top of each other.
 */
export function spreadMarkers(
  points: readonly (readonly [number, number])[],
  gap: number,
  width: number,
  height: number,
  margin = gap / 2,
): [number, number][] {
  const out = points.map(([x, y]) => [x, y] as [number, number]);
  const clamp = (v: number, hi: number): number => Math.min(hi - margin, Math.max(margin, v));
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        let dx = b[0] - a[0];
        let dy = b[1] - a[1];
        let d = Math.hypot(dx, dy);
        if (d >= gap - 1e-6) continue;
        // Coincident points: push apart along a fixed direction per pair, so the result is deterministic.
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (gap - d) / 2 + 0.01;
        a[0] = clamp(a[0] - (dx / d) * push, width);
        a[1] = clamp(a[1] - (dy / d) * push, height);
        b[0] = clamp(b[0] + (dx / d) * push, width);
        b[1] = clamp(b[1] + (dy / d) * push, height);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
