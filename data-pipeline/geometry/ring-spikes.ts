/**
 * Spikes: a ring vertex where the border turns back on itself (a needle of near-zero width).
 *
 * Simplifying the gap-split buurt layer (split-gaps.ts) makes them where a short arc between two
 * three-way nodes is shortened onto its neighbour's line: in Tilburg the border of Theresia Midden
 * (BU08552702) ran 24 m west along the border of Theresia West and came back (a turn of 0.35°). The
 * needle has no area, but MapLibre's triangulation of such a ring draws a thin wedge of the wrong colour
 * across the buurt at zoom 14–16. Both the repair (remove-spikes.ts, run on every layer by
 * prepare-level-geometry.ts) and the check of the published layer (mosaic-defects.ts) use this one definition.
 */

export type Position = [number, number];
export type Ring = Position[];

/** A turn sharper than this (degrees) can be a spike … */
export const SPIKE_MAX_ANGLE_DEG = 8;
/**
 * … when the needle is narrower than this at its base (m): the shorter leg × sin(turn). Under 2 pixels
 * at zoom 14 (≈ 6 m per pixel at 52° N); a real sharp corner of a buurt is wider at the base.
 */
export const SPIKE_MAX_WIDTH_M = 10;

/** Metres per degree of latitude (and of longitude at the equator), as the spike and gap checks measure. */
export const M_PER_DEG = 111_320;

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

/**
 * The repair (remove-spikes.ts) takes out needles up to this factor wider and sharper than the check
 * reports: the published TopoJSON is quantised to ≈ 3 m, which turns a 75 m leg by up to ≈ 2°, so a vertex
 * kept just outside the limits could land just inside them.
 */
export const REPAIR_MARGIN = 1.25;

export const isSpike = (shape: SpikeShape | null, margin = 1): shape is SpikeShape =>
  shape !== null && shape.angleDeg < SPIKE_MAX_ANGLE_DEG * margin && shape.widthM < SPIKE_MAX_WIDTH_M * margin;

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
