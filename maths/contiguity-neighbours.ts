import { rangeWithin } from './segment-proximity.ts';

/** One region's boundary: all rings of all its parts (outer rings and holes alike), lon/lat positions. */
export type RegionRings = readonly (readonly (readonly number[])[])[];

export interface ContiguityOptions {
  /** Gaps and overlaps up to this many metres between two boundaries still count as a shared border. */
  toleranceMetres: number;
  /**
   * At least this much of one region's boundary must run within the tolerance of the other's.
   * Default 3 × tolerance: two regions that meet only at a right-angled corner have about 2 × tolerance
   * of boundary near each other, so they are not neighbours (rook-like contiguity, as "sharing a border"
   * means). Corners that overlap by o metres or meet at a sharp angle can reach 2 × (tolerance + o) or
   * more: the rule measures length, it cannot know topology the data do not have.
   */
  minSharedMetres?: number;
}

export interface ContiguityResult {
  /** Per region, its neighbours' indices, ascending; symmetric (j in i's list ⇔ i in j's). */
  neighbours: number[][];
  /** Per region, parallel to `neighbours`: metres of shared border (the larger of the two directions). */
  sharedMetres: number[][];
}

const EARTH_RADIUS = 6_371_008.8;

/**
 * Contiguity ("regions that share a border") from polygons whose borders need not coincide exactly,
 * such as layers simplified per polygon.
 *
 * Rule: i and j are neighbours when at least `minSharedMetres` of the boundary of one lies within
 * `toleranceMetres` of the boundary of the other (measured both ways; the larger counts). Lengths are
 * exact for straight segments: per boundary segment of i, the range within the tolerance of each
 * segment of j is solved in closed form and the ranges are merged, so nothing depends on sampling.
 *
 * Coordinates are projected to metres with one equirectangular projection centred on the data (for the
 * Netherlands distances are off by at most ~3 % at its north and south edges; a tolerance is not that
 * precise anyway). Segments are found through a uniform grid, so the work grows with the number of
 * boundary segments, not with the square of the number of regions.
 */
export function contiguityNeighbours(regions: readonly RegionRings[], options: ContiguityOptions): ContiguityResult {
  const tolerance = options.toleranceMetres;
  const minShared = options.minSharedMetres ?? 3 * tolerance;
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) throw new RangeError(`contiguityNeighbours: tolerance ${tolerance} m must be a finite number ≥ 0`);
  if (!(minShared > 0)) throw new RangeError(`contiguityNeighbours: minimum shared length ${minShared} m must be positive`);
  const segments = boundarySegments(regions);
  const grid = segmentGrid(segments, tolerance);
  const shared = regions.map(() => new Map<number, number>());
  const near = new NearRanges();
  const range = { start: 0, end: 0 };
  const stamp = new Int32Array(segments.count).fill(-1);
  const { x1, y1, x2, y2, owner } = segments;

  for (let a = 0; a < segments.count; a++) {
    const ax1 = x1[a] ?? 0;
    const ay1 = y1[a] ?? 0;
    const ax2 = x2[a] ?? 0;
    const ay2 = y2[a] ?? 0;
    const length = Math.hypot(ax2 - ax1, ay2 - ay1);
    if (length === 0) continue;
    const self = owner[a] ?? -1;
    near.clear();
    const [c0, c1, r0, r1] = grid.cells(
      Math.min(ax1, ax2) - tolerance,
      Math.min(ay1, ay2) - tolerance,
      Math.max(ax1, ax2) + tolerance,
      Math.max(ay1, ay2) + tolerance,
    );
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * grid.columns + c;
        for (let k = grid.start[cell] ?? 0; k < (grid.start[cell + 1] ?? 0); k++) {
          const b = grid.members[k] ?? 0;
          const other = owner[b] ?? -1;
          if (other === self || stamp[b] === a) continue;
          stamp[b] = a;
          if (rangeWithin(ax1, ay1, ax2, ay2, x1[b] ?? 0, y1[b] ?? 0, x2[b] ?? 0, y2[b] ?? 0, tolerance, range)) near.add(other, range.start, range.end);
        }
      }
    }
    near.forEachOwner((other, coveredFraction) => {
      const map = shared[self];
      if (map) map.set(other, (map.get(other) ?? 0) + coveredFraction * length);
    });
  }

  const neighbours: number[][] = regions.map(() => []);
  const sharedMetres: number[][] = regions.map(() => []);
  shared.forEach((map, i) => {
    for (const [j, metres] of map) {
      if (j <= i && shared[j]?.has(i)) continue; // the pair is handled from its lower index
      const both = Math.max(metres, shared[j]?.get(i) ?? 0);
      if (both < minShared) continue;
      neighbours[i]?.push(j);
      sharedMetres[i]?.push(both);
      neighbours[j]?.push(i);
      sharedMetres[j]?.push(both);
    }
  });
  neighbours.forEach((list, i) => {
    const lengths = sharedMetres[i] ?? [];
    const order = list.map((_, k) => k).sort((p, q) => (list[p] ?? 0) - (list[q] ?? 0));
    neighbours[i] = order.map((k) => list[k] ?? 0);
    sharedMetres[i] = order.map((k) => lengths[k] ?? 0);
  });
  return { neighbours, sharedMetres };
}

interface Segments {
  count: number;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  owner: Int32Array;
}

function boundarySegments(regions: readonly RegionRings[]): Segments {
  let count = 0;
  let latMin = Infinity;
  let latMax = -Infinity;
  regions.forEach((rings, i) => {
    for (const ring of rings) {
      count += ring.length;
      ring.forEach((position, k) => {
        const [lon, lat] = position;
        if (!Number.isFinite(lon) || !Number.isFinite(lat))
          throw new RangeError(`contiguityNeighbours: region ${i} has a position ${k} without finite lon/lat`);
        latMin = Math.min(latMin, lat ?? 0);
        latMax = Math.max(latMax, lat ?? 0);
      });
    }
  });
  const scale = (EARTH_RADIUS * Math.PI) / 180;
  const xScale = scale * Math.cos((((latMin + latMax) / 2) * Math.PI) / 180);
  const segments: Segments = {
    count: 0,
    x1: new Float64Array(count),
    y1: new Float64Array(count),
    x2: new Float64Array(count),
    y2: new Float64Array(count),
    owner: new Int32Array(count),
  };
  regions.forEach((rings, i) => {
    for (const ring of rings) {
      // a ring may or may not repeat its first position at the end; a zero-length closing segment is harmless
      for (let k = 0; k < ring.length; k++) {
        const from = ring[k] ?? [];
        const to = ring[(k + 1) % ring.length] ?? [];
        const s = segments.count++;
        segments.x1[s] = (from[0] ?? 0) * xScale;
        segments.y1[s] = (from[1] ?? 0) * scale;
        segments.x2[s] = (to[0] ?? 0) * xScale;
        segments.y2[s] = (to[1] ?? 0) * scale;
        segments.owner[s] = i;
      }
    }
  });
  return segments;
}

interface SegmentGrid {
  columns: number;
  /** Segments of cell c are members[start[c] … start[c + 1] − 1]. */
  start: Uint32Array;
  members: Uint32Array;
  /** [first column, last column, first row, last row] of the cells that a box touches. */
  cells(xMin: number, yMin: number, xMax: number, yMax: number): [number, number, number, number];
}

/** Uniform grid over segment bounding boxes, stored as one flat array per cell range (CSR). */
function segmentGrid(segments: Segments, tolerance: number): SegmentGrid {
  const { count, x1, y1, x2, y2 } = segments;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let totalLength = 0;
  for (let s = 0; s < count; s++) {
    const ax = x1[s] ?? 0;
    const ay = y1[s] ?? 0;
    const bx = x2[s] ?? 0;
    const by = y2[s] ?? 0;
    minX = Math.min(minX, ax, bx);
    minY = Math.min(minY, ay, by);
    maxX = Math.max(maxX, ax, bx);
    maxY = Math.max(maxY, ay, by);
    totalLength += Math.hypot(bx - ax, by - ay);
  }
  if (count === 0) return { columns: 1, start: new Uint32Array(2), members: new Uint32Array(0), cells: () => [0, 0, 0, 0] };
  // cells about as large as a typical segment (and never smaller than twice the tolerance), at most ~4M cells
  const width = Math.max(maxX - minX, 1);
  const height = Math.max(maxY - minY, 1);
  const size = Math.max(2 * tolerance, totalLength / count, Math.sqrt((width * height) / 4e6), 1e-6);
  const columns = Math.floor(width / size) + 1;
  const rows = Math.floor(height / size) + 1;
  const cellOf = (value: number, min: number, cells: number) => Math.min(cells - 1, Math.max(0, Math.floor((value - min) / size)));
  const cells = (xMin: number, yMin: number, xMax: number, yMax: number): [number, number, number, number] => [
    cellOf(xMin, minX, columns),
    cellOf(xMax, minX, columns),
    cellOf(yMin, minY, rows),
    cellOf(yMax, minY, rows),
  ];
  const segmentCells = (s: number) =>
    cells(Math.min(x1[s] ?? 0, x2[s] ?? 0), Math.min(y1[s] ?? 0, y2[s] ?? 0), Math.max(x1[s] ?? 0, x2[s] ?? 0), Math.max(y1[s] ?? 0, y2[s] ?? 0));
  const start = new Uint32Array(columns * rows + 1);
  for (let s = 0; s < count; s++) {
    const [c0, c1, r0, r1] = segmentCells(s);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) start[r * columns + c + 1] = (start[r * columns + c + 1] ?? 0) + 1;
  }
  for (let cell = 0; cell < columns * rows; cell++) start[cell + 1] = (start[cell + 1] ?? 0) + (start[cell] ?? 0);
  const fill = start.slice(0, columns * rows);
  const members = new Uint32Array(start[columns * rows] ?? 0);
  for (let s = 0; s < count; s++) {
    const [c0, c1, r0, r1] = segmentCells(s);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const position = fill[r * columns + c] ?? 0;
        members[position] = s;
        fill[r * columns + c] = position + 1;
      }
    }
  }
  return { columns, start, members, cells };
}

/** Parameter ranges on one segment, per other region; merged so overlapping ranges count once. */
class NearRanges {
  private owners: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  clear(): void {
    this.owners.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
  }

  add(owner: number, start: number, end: number): void {
    this.owners.push(owner);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** For each other region, the fraction of the segment covered by the union of its ranges. */
  forEachOwner(action: (owner: number, fraction: number) => void): void {
    const n = this.owners.length;
    if (n === 0) return;
    const order = Array.from({ length: n }, (_, k) => k).sort(
      (p, q) => (this.owners[p] ?? 0) - (this.owners[q] ?? 0) || (this.starts[p] ?? 0) - (this.starts[q] ?? 0),
    );
    let k = 0;
    while (k < n) {
      const owner = this.owners[order[k] ?? 0] ?? 0;
      let covered = 0;
      let runStart = -1;
      let runEnd = -1;
      for (; k < n && this.owners[order[k] ?? 0] === owner; k++) {
        const start = this.starts[order[k] ?? 0] ?? 0;
        const end = this.ends[order[k] ?? 0] ?? 0;
        if (start > runEnd) {
          covered += runEnd - runStart;
          runStart = start;
          runEnd = end;
        } else if (end > runEnd) runEnd = end;
      }
      covered += runEnd - runStart;
      action(owner, covered);
    }
  }
}
