/**
 * Does a ring cross itself? A sweep over the segments sorted by their smallest x: only segments whose
 * x-ranges overlap are compared, so a boundary ring of thousands of positions costs little more than
 * sorting it. Touching neighbours (consecutive segments, the closing pair) are not crossings.
 */
type Position = readonly [number, number];

const orientation = (a: Position, b: Position, c: Position): number => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** Proper crossing or collinear overlap of segments p1p2 and q1q2. */
function segmentsCross(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const o1 = orientation(p1, p2, q1);
  const o2 = orientation(p1, p2, q2);
  const o3 = orientation(q1, q2, p1);
  const o4 = orientation(q1, q2, p2);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  return false;
}

/** Index of the first segment that crosses another segment of the same closed ring, or -1. */
export function firstSelfCrossing(ring: readonly Position[]): number {
  const n = ring.length - 1; // closed: last position repeats the first
  if (n < 4) return -1;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => Math.min(ring[a]![0], ring[a + 1]![0]) - Math.min(ring[b]![0], ring[b + 1]![0]));
  const active: number[] = [];
  for (const i of order) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const minX = Math.min(a[0], b[0]);
    for (let k = active.length - 1; k >= 0; k--) {
      const j = active[k]!;
      if (Math.max(ring[j]![0], ring[j + 1]![0]) < minX) {
        active.splice(k, 1);
        continue;
      }
      const adjacent = Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1;
      if (!adjacent && segmentsCross(a, b, ring[j]!, ring[j + 1]!)) return Math.min(i, j);
    }
    active.push(i);
  }
  return -1;
}
