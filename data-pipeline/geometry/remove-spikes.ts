/**
 * Removes the spikes (ring-spikes.ts) of a polygon mosaic given as GeoJSON whose neighbours share their
 * border vertices exactly (mapshaper's output of one topology), and keeps it a mosaic.
 *
 * A spike of region A at vertex b, between its neighbours a and c on A's ring, is a needle. Cutting b from A
 * alone would leave the needle as a gap, and mapshaper's -clean hands a gap to the neighbour with the longest
 * border along it, often A again: the spike came back. So the needle's tip — the isosceles triangle s–b–m,
 * with s the end of the shorter leg and m as far from b on the longer one — goes to a neighbour: A's b
 * becomes m; the ring across the leg a–b (it runs b→a) takes the tip, and the ring across b–c gets m on its
 * border, so every border stays shared; without a ring across a–b, the one across b–c takes it; on the coast
 * the tip is simply cut. A ring changed that way can have a new spike or a doubled-back vertex (a needle
 * poking into one neighbour from both sides), so changed rings are looked at again until none has a spike.
 */
import { M_PER_DEG, REPAIR_MARGIN, SPIKE_MAX_ANGLE_DEG, SPIKE_MAX_WIDTH_M, isSpike, turnAt, type Position } from './ring-spikes.ts';

/**
 * What decides the repair's output: part of the geometry cache key of every layer (geometry-cache.ts), so
 * change an entry (e.g. the `to` string) whenever the repair computes something else.
 */
export const SPIKE_REPAIR_SETTINGS = {
  maxAngleDeg: SPIKE_MAX_ANGLE_DEG,
  maxWidthM: SPIKE_MAX_WIDTH_M,
  margin: REPAIR_MARGIN,
  to: 'neighbour across, isosceles tip',
  grid: 'published',
} as const;

interface LayerFeature {
  geometry: { type: string; coordinates: unknown } | null;
}

/** A ring without its closing position, changed in place; `outer` for the first ring of a polygon. */
interface OpenRing {
  points: Position[];
  feature: number;
  outer: boolean;
}

const key = (p: Position) => `${p[0]},${p[1]}`;
const same = (p: Position | undefined, q: Position | undefined) => p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];
const at = (points: Position[], i: number) => points[(i + points.length) % points.length] as Position;
const metres = (p: Position, q: Position) => Math.hypot((p[0] - q[0]) * Math.cos((p[1] * Math.PI) / 180), p[1] - q[1]) * M_PER_DEG;

/** Index of the edge from → to in a ring, or -1. */
function edgeIndex(points: Position[], from: Position, to: Position): number {
  for (let i = 0; i < points.length; i++) if (same(points[i], from) && same(at(points, i + 1), to)) return i;
  return -1;
}

/** The first spike or repeated position of a ring: the index to remove, or -1. */
function firstDefect(points: Position[]): number {
  for (let i = 0; i < points.length; i++) {
    const shape = turnAt(at(points, i - 1), at(points, i), at(points, i + 1));
    if (shape === null || isSpike(shape, REPAIR_MARGIN)) return i;
  }
  return -1;
}

class Mosaic {
  readonly rings: OpenRing[] = [];
  private readonly byVertex = new Map<string, Set<OpenRing>>();

  constructor(private readonly snap: (p: Position) => Position) {}

  add(ring: OpenRing): void {
    this.rings.push(ring);
    for (const p of ring.points) this.index(p, ring);
  }

  private index(p: Position, ring: OpenRing): void {
    const rings = this.byVertex.get(key(p)) ?? new Set<OpenRing>();
    rings.add(ring);
    this.byVertex.set(key(p), rings);
  }

  /** Another ring that runs from → to, and where. */
  private across(self: OpenRing, from: Position, to: Position): { ring: OpenRing; index: number } | null {
    for (const ring of this.byVertex.get(key(from)) ?? []) {
      if (ring === self) continue;
      const index = edgeIndex(ring.points, from, to);
      if (index >= 0) return { ring, index };
    }
    return null;
  }

  private insert(ring: OpenRing, after: number, points: Position[]): void {
    ring.points.splice(after + 1, 0, ...points);
    for (const p of points) this.index(p, ring);
  }

  /** Removes the defect at i of `ring`, handing its needle to a neighbour; returns the rings to look at again. */
  repair(ring: OpenRing, i: number): OpenRing[] {
    const points = ring.points;
    const k = (i + points.length) % points.length;
    const a = at(points, k - 1);
    const b = at(points, k);
    const c = at(points, k + 1);
    if (same(a, b) || same(b, c)) {
      points.splice(k, 1);
      return [ring];
    }
    // The needle is the isosceles tip (s, b, m): s the end of the shorter leg, m as far from b on the longer.
    const [la, lc] = [metres(b, a), metres(b, c)];
    const shortIsA = la <= lc;
    const far = shortIsA ? c : a;
    const ratio = Math.min(la, lc) / Math.max(la, lc);
    const m = this.snap(ratio > 0.999 ? far : [b[0] + (far[0] - b[0]) * ratio, b[1] + (far[1] - b[1]) * ratio]);
    if (same(m, b)) {
      points.splice(k, 1); // a needle shorter than the grid: nothing to hand over
      return [ring];
    }
    const changed = [ring];
    const acrossAb = this.across(ring, b, a);
    if (acrossAb !== null) {
      // b→a becomes b→m→a (or b→c→m→a): the ring across a–b takes the needle.
      this.insert(acrossAb.ring, acrossAb.index, shortIsA ? [m] : [c, m]);
      changed.push(acrossAb.ring);
      const acrossBc = shortIsA ? this.across(ring, c, b) : null;
      if (acrossBc !== null) {
        this.insert(acrossBc.ring, acrossBc.index, [m]);
        changed.push(acrossBc.ring);
      }
    } else {
      const acrossBc = this.across(ring, c, b);
      if (acrossBc !== null) {
        this.insert(acrossBc.ring, acrossBc.index, shortIsA ? [m, a] : [m]);
        changed.push(acrossBc.ring);
      }
    }
    points.splice(k, 1, m);
    this.index(m, ring);
    return changed;
  }
}

type Polygon = Position[][];

/**
 * Positions on the grid the layer is published at: TopoJSON quantised to `steps` over the layer's bounding
 * box, as mapshaper does it (bounds.width / (steps − 1)). Quantising after the repair moves vertices by up to
 * half a step (≈ 1.5 m over the Netherlands) and turned 75 m needles that were just outside the limits into
 * spikes, so the repair works on the published positions, and quantising them again changes nothing.
 */
function publishedGrid(features: LayerFeature[], steps: number): (p: Position) => Position {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      [x0, y0, x1, y1] = [Math.min(x0, value[0]), Math.min(y0, value[1]), Math.max(x1, value[0]), Math.max(y1, value[1])];
    } else value.forEach(visit);
  };
  for (const feature of features) visit(feature.geometry?.coordinates);
  const kx = (x1 - x0) / (steps - 1) || 1;
  const ky = (y1 - y0) / (steps - 1) || 1;
  return (p) => [x0 + Math.round((p[0] - x0) / kx) * kx, y0 + Math.round((p[1] - y0) / ky) * ky];
}

/**
 * The layer's spikes removed, the needles given to neighbours, on the grid of TopoJSON quantised to
 * `gridSteps`; a feature keeps at least its geometry as it was.
 */
export function removeLayerSpikes(geojsonText: string, gridSteps: number): { layerJson: string; removed: number } {
  const layer = JSON.parse(geojsonText) as { features: LayerFeature[] };
  const snap = publishedGrid(layer.features, gridSteps);
  const mosaic = new Mosaic(snap);
  layer.features.forEach((feature, f) => {
    const geometry = feature.geometry;
    if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Polygon[];
    for (const polygon of polygons) polygon.forEach((ring, r) => mosaic.add({ points: ring.slice(0, -1).map(snap), feature: f, outer: r === 0 }));
  });

  let removed = 0;
  const queue = [...mosaic.rings];
  // Every repair takes a tip out for good and adds at most two vertices to neighbours, on edges that get
  // shorter: the bound only guards against a cycle nobody has seen.
  let budget = 10 * mosaic.rings.reduce((sum, ring) => sum + ring.points.length, 0);
  while (queue.length > 0 && budget-- > 0) {
    const ring = queue.pop() as OpenRing;
    if (ring.points.length < 3) continue;
    const i = firstDefect(ring.points);
    if (i < 0) continue;
    removed++;
    queue.push(...mosaic.repair(ring, i));
  }

  const ringsOf = new Map<number, OpenRing[]>();
  for (const ring of mosaic.rings) {
    const list = ringsOf.get(ring.feature);
    if (list) list.push(ring);
    else ringsOf.set(ring.feature, [ring]);
  }
  for (const [f, rings] of ringsOf) {
    const polygons: Polygon[] = [];
    let keep = true;
    for (const ring of rings) {
      const closed = [...ring.points, ring.points[0] as Position];
      if (ring.outer) {
        keep = ring.points.length >= 3;
        if (keep) polygons.push([closed]);
      } else if (keep && ring.points.length >= 3) polygons[polygons.length - 1]?.push(closed);
    }
    const feature = layer.features[f] as LayerFeature;
    if (polygons.length === 0) continue; // nothing with area left: the geometry stays as it was (nothing dropped here)
    feature.geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  }
  return { layerJson: JSON.stringify(layer), removed };
}
