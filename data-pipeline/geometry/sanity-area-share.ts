/**
 * Share of one region's AREA inside another region, for the containment check in geometry-sanity.ts
 * (each wijk inside its gemeente, each buurt inside its wijk).
 *
 * Method: sampling, not exact polygon clipping. Points on a regular GRID × GRID lattice (cell centres)
 * over the child's bounding box are kept where they lie inside the child polygon; the share is the
 * fraction of those that also lie inside the parent polygon (even-odd rule, so holes and multi-part
 * regions count right). A child too small or thin to catch MIN_SAMPLES lattice points is sampled again
 * on a lattice REFINE times finer. With n points inside the child the share is off by about 1/√n at worst
 * (≤ 7 percentage points at the 200-odd points a typical region gets), far below the tolerances used,
 * and a region moved or given a wrong code scores near 0.
 * Lon/lat degrees are used as they are: inside one region the cos(latitude) scale is constant to well under
 * 1 %, and a share is a ratio, so it cancels.
 * Cost: the child's points come row by row from the crossings of each lattice row with its edges; the
 * parent tests go through a per-polygon index of edges in horizontal bands, so one test looks at a few
 * edges instead of all.
 */

type Position = [number, number];
export type Ring = Position[];
export type Box = [number, number, number, number];

const GRID = 16;
const MIN_SAMPLES = 40;
/** Fewer sample points than this in the parent layer (a wijk of open water with a strip of shore) say nothing. */
const MIN_COVERED = 20;
const REFINE = 4;

export function boxOf(rings: readonly Ring[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** A polygon's edges bucketed by horizontal band: a point's ray only meets the edges of its own band. */
export class BandedPolygon {
  readonly box: Box;
  private readonly bandHeight: number;
  private readonly bandCount: number;
  /** Per band: x1, y1, x2, y2 of each edge that spans part of the band. */
  private readonly bands: Float64Array[];

  constructor(rings: readonly Ring[]) {
    this.box = boxOf(rings);
    const edgeCount = rings.reduce((sum, ring) => sum + ring.length, 0);
    this.bandCount = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(edgeCount))));
    this.bandHeight = (this.box[3] - this.box[1]) / this.bandCount || 1;
    const lists: number[][] = Array.from({ length: this.bandCount }, () => []);
    for (const ring of rings) {
      for (let k = 0; k < ring.length; k++) {
        const [x1, y1] = ring[k] as Position;
        const [x2, y2] = ring[(k + 1) % ring.length] as Position;
        const first = this.bandOf(Math.min(y1, y2));
        const last = this.bandOf(Math.max(y1, y2));
        for (let b = first; b <= last; b++) lists[b]?.push(x1, y1, x2, y2);
      }
    }
    this.bands = lists.map((list) => Float64Array.from(list));
  }

  private bandOf(y: number): number {
    return Math.min(this.bandCount - 1, Math.max(0, Math.floor((y - this.box[1]) / this.bandHeight)));
  }

  contains(x: number, y: number): boolean {
    const [minX, minY, maxX, maxY] = this.box;
    if (x < minX || x > maxX || y < minY || y > maxY) return false;
    const edges = this.bands[this.bandOf(y)];
    if (!edges) return false;
    let inside = false;
    for (let i = 0; i < edges.length; i += 4) {
      const x1 = edges[i] as number;
      const y1 = edges[i + 1] as number;
      const x2 = edges[i + 2] as number;
      const y2 = edges[i + 3] as number;
      if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
    }
    return inside;
  }
}

/** Lattice points inside the rings (even-odd), row by row: each row's crossings with the edges bound the runs of points inside. */
function latticeInside(rings: readonly Ring[], box: Box, grid: number): Position[] {
  const [minX, minY, maxX, maxY] = box;
  const dx = (maxX - minX) / grid;
  const dy = (maxY - minY) / grid;
  const points: Position[] = [];
  const crossings: number[] = [];
  for (let j = 0; j < grid; j++) {
    const y = minY + (j + 0.5) * dy;
    crossings.length = 0;
    for (const ring of rings) {
      for (let k = 0; k < ring.length; k++) {
        const [x1, y1] = ring[k] as Position;
        const [x2, y2] = ring[(k + 1) % ring.length] as Position;
        if (y1 > y !== y2 > y) crossings.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let c = 0; c + 1 < crossings.length; c += 2) {
      const from = Math.max(0, Math.ceil(((crossings[c] as number) - minX) / dx - 0.5));
      const to = Math.min(grid - 1, Math.floor(((crossings[c + 1] as number) - minX) / dx - 0.5));
      for (let i = from; i <= to; i++) points.push([minX + (i + 0.5) * dx, y]);
    }
  }
  return points;
}

/** Sample points spread evenly over the area of a region with these rings and bounding box (see the method above). */
export function samplePoints(rings: readonly Ring[], box: Box = boxOf(rings)): Position[] {
  const points = latticeInside(rings, box, GRID);
  return points.length >= MIN_SAMPLES ? points : latticeInside(rings, box, GRID * REFINE);
}

/** The polygons of one layer in a coarse grid of cells over their boxes, to find the few near a point quickly. */
export class PolygonLayer {
  private readonly cells = new Map<string, BandedPolygon[]>();
  private static readonly CELL_DEG = 0.05;

  constructor(readonly polygons: readonly BandedPolygon[]) {
    for (const polygon of polygons) {
      const [x0, y0, x1, y1] = polygon.box.map((v) => Math.floor(v / PolygonLayer.CELL_DEG)) as Box;
      for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) this.cellAt(i, j, true)?.push(polygon);
    }
  }

  private cellAt(i: number, j: number, create = false): BandedPolygon[] | undefined {
    const key = `${i},${j}`;
    let cell = this.cells.get(key);
    if (!cell && create) this.cells.set(key, (cell = []));
    return cell;
  }

  /** Whether a polygon other than `except` contains the point. */
  containsElsewhere(x: number, y: number, except: BandedPolygon): boolean {
    const cell = this.cellAt(Math.floor(x / PolygonLayer.CELL_DEG), Math.floor(y / PolygonLayer.CELL_DEG)) ?? [];
    return cell.some((p) => p !== except && p.contains(x, y));
  }
}

/**
 * Estimated share (0–1) of the child's area inside `parent`, counted over the part of the child that the
 * parent LAYER covers at all: sample points in no polygon of `parentLayer` are left out. The CBS gemeente
 * layer is clipped to land while its wijk layer is not, so a coastal wijk's sea would otherwise count as
 * "outside its gemeente". Null when fewer than MIN_COVERED sample points lie in the parent layer (a wijk of
 * open water): the caller falls back to bounding boxes.
 */
export function areaShareInside(child: readonly Ring[], parent: BandedPolygon, parentLayer: PolygonLayer, childBox: Box = boxOf(child)): number | null {
  let inParent = 0;
  let inOther = 0;
  for (const [x, y] of samplePoints(child, childBox)) {
    if (parent.contains(x, y)) inParent++;
    else if (parentLayer.containsElsewhere(x, y, parent)) inOther++;
  }
  return inParent + inOther < MIN_COVERED ? null : inParent / (inParent + inOther);
}
