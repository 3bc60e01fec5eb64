/** A parameter range [start, end] on a segment; written into by the functions below. */
export interface SegmentRange {
  start: number;
  end: number;
}

/**
 * The part of segment A that lies within distance r of segment B, as a parameter range on A
 * (A(t) = A1 + t·(A2 − A1), t ∈ [0, 1]). The set of points within r of a segment (a "capsule": a
 * rectangle with two half-discs) is convex, so its intersection with A is one range: the union of A's
 * ranges inside the two end discs and inside the rectangle, which is [min start, max end].
 * Returns false when A does not come within r of B; otherwise writes the range into `range`.
 * Written without closures: it runs for every pair of nearby boundary segments of a whole country.
 */
export function rangeWithin(
  ax1: number,
  ay1: number,
  ax2: number,
  ay2: number,
  bx1: number,
  by1: number,
  bx2: number,
  by2: number,
  r: number,
  range: SegmentRange,
): boolean {
  const dx = ax2 - ax1;
  const dy = ay2 - ay1;
  let start = Infinity;
  let end = -Infinity;
  if (discRange(ax1, ay1, dx, dy, bx1, by1, r, part)) {
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  if (discRange(ax1, ay1, dx, dy, bx2, by2, r, part)) {
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  if (rectangleRange(ax1, ay1, dx, dy, bx1, by1, bx2, by2, r, part)) {
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  if (start > end) return false;
  range.start = start;
  range.end = end;
  return true;
}

const part: SegmentRange = { start: 0, end: 0 };

/** t ∈ [0, 1] with |A1 + tD − C| ≤ r, i.e. a t² + 2b t + c ≤ 0. */
function discRange(ax: number, ay: number, dx: number, dy: number, cx: number, cy: number, r: number, out: SegmentRange): boolean {
  const ex = ax - cx;
  const ey = ay - cy;
  const a = dx * dx + dy * dy;
  const b = ex * dx + ey * dy;
  const c = ex * ex + ey * ey - r * r;
  if (a === 0) return c <= 0 ? clamp(0, 1, out) : false;
  const discriminant = b * b - a * c;
  if (discriminant < 0) return false;
  const root = Math.sqrt(discriminant);
  return clamp((-b - root) / a, (-b + root) / a, out);
}

/** t ∈ [0, 1] where A projects onto B between its ends and lies within r of B's line. */
function rectangleRange(
  ax: number,
  ay: number,
  dx: number,
  dy: number,
  bx1: number,
  by1: number,
  bx2: number,
  by2: number,
  r: number,
  out: SegmentRange,
): boolean {
  const ux = bx2 - bx1;
  const uy = by2 - by1;
  const length = Math.hypot(ux, uy);
  if (length === 0) return false;
  const cos = ux / length;
  const sin = uy / length;
  // A in B's frame: "along" runs 0…length over B, "across" is the signed distance from B's line
  const along = (ax - bx1) * cos + (ay - by1) * sin;
  const alongSlope = dx * cos + dy * sin;
  const across = -(ax - bx1) * sin + (ay - by1) * cos;
  const acrossSlope = -dx * sin + dy * cos;
  out.start = 0;
  out.end = 1;
  return narrow(along, alongSlope, 0, length, out) && narrow(across, acrossSlope, -r, r, out);
}

/** Intersects out with the t where min ≤ value + slope·t ≤ max; false when empty. */
function narrow(value: number, slope: number, min: number, max: number, out: SegmentRange): boolean {
  if (slope === 0) return value >= min && value <= max && out.start <= out.end;
  const t1 = (min - value) / slope;
  const t2 = (max - value) / slope;
  out.start = Math.max(out.start, Math.min(t1, t2));
  out.end = Math.min(out.end, Math.max(t1, t2));
  return out.start <= out.end;
}

function clamp(from: number, to: number, out: SegmentRange): boolean {
  out.start = Math.max(0, from);
  out.end = Math.min(1, to);
  return out.start <= out.end;
}
