import { describe, expect, it } from 'vitest';
import { contiguityNeighbours, type RegionRings } from './contiguity-neighbours.ts';
import { rangeWithin } from './segment-proximity.ts';
import { seededRandom } from './seeded-random.ts';

/** Metres east/north of (5°E, 52°N) to lon/lat, with the projection the module uses (exact at this latitude). */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const toLonLat = (east: number, north: number): [number, number] => [
  5 + east / (METRES_PER_DEGREE * Math.cos((52 * Math.PI) / 180)),
  52 + north / METRES_PER_DEGREE,
];

/** An axis-aligned rectangle as one closed ring, corners in metres. */
function rectangle(west: number, south: number, east: number, north: number): RegionRings {
  return [[toLonLat(west, south), toLonLat(east, south), toLonLat(east, north), toLonLat(west, north), toLonLat(west, south)]];
}

describe('rangeWithin', () => {
  const range = { start: 0, end: 0 };

  it('finds the overlap of parallel segments and nothing beyond the tolerance', () => {
    // A from (0,0) to (10,0); B from (4,1) to (20,1); r = 2 → A within 2 of B for x ≥ 4 − √3
    expect(rangeWithin(0, 0, 10, 0, 4, 1, 20, 1, 2, range)).toBe(true);
    expect(range.start).toBeCloseTo((4 - Math.sqrt(3)) / 10, 12);
    expect(range.end).toBe(1);
    expect(rangeWithin(0, 0, 10, 0, 4, 3, 20, 3, 2, range)).toBe(false);
  });

  it('handles crossing, perpendicular and point-like segments', () => {
    // crossing at x = 5: within 1 of the vertical line x = 5 for x ∈ [4, 6]
    expect(rangeWithin(0, 0, 10, 0, 5, -5, 5, 5, 1, range)).toBe(true);
    expect([range.start, range.end]).toEqual([0.4, 0.6]);
    // B a single point at (3, 0.6), r = 1: |x − 3| ≤ 0.8
    expect(rangeWithin(0, 0, 10, 0, 3, 0.6, 3, 0.6, 1, range)).toBe(true);
    expect(range.start).toBeCloseTo(0.22, 12);
    expect(range.end).toBeCloseTo(0.38, 12);
    // A a single point near B
    expect(rangeWithin(1, 1, 1, 1, 0, 0, 10, 0, 2, range)).toBe(true);
  });

  it('agrees with a brute-force distance check on random segments', () => {
    const random = seededRandom(17);
    const distanceToSegment = (px: number, py: number, x1: number, y1: number, x2: number, y2: number) => {
      const dx = x2 - x1;
      const dy = y2 - y1;
      const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(px - x1 - t * dx, py - y1 - t * dy);
    };
    for (let round = 0; round < 300; round++) {
      const [ax1, ay1, ax2, ay2, bx1, by1, bx2, by2] = Array.from({ length: 8 }, () => random.uniform() * 10);
      const r = 0.5 + random.uniform() * 2;
      const found = rangeWithin(ax1 ?? 0, ay1 ?? 0, ax2 ?? 0, ay2 ?? 0, bx1 ?? 0, by1 ?? 0, bx2 ?? 0, by2 ?? 0, r, range);
      let inside = 0;
      let first = Infinity;
      let last = -Infinity;
      for (let k = 0; k <= 2000; k++) {
        const t = k / 2000;
        const d = distanceToSegment(
          (ax1 ?? 0) + t * ((ax2 ?? 0) - (ax1 ?? 0)),
          (ay1 ?? 0) + t * ((ay2 ?? 0) - (ay1 ?? 0)),
          bx1 ?? 0,
          by1 ?? 0,
          bx2 ?? 0,
          by2 ?? 0,
        );
        if (d <= r) {
          inside++;
          first = Math.min(first, t);
          last = Math.max(last, t);
        }
      }
      if (inside < 2) continue; // grazing contacts are below the sampling resolution
      expect(found).toBe(true);
      expect(Math.abs(range.start - first)).toBeLessThan(1e-3);
      expect(Math.abs(range.end - last)).toBeLessThan(1e-3);
      // convexity: every sample in between is inside
      expect(inside).toBeGreaterThanOrEqual(Math.round((last - first) * 2000) - 1);
    }
  });
});

describe('contiguityNeighbours', () => {
  /** 3 × 3 grid of 500 m squares, each edge moved by up to ±`jitter` m so borders leave gaps and overlaps. */
  function jitteredGrid(jitter: number, seed: number): RegionRings[] {
    const random = seededRandom(seed);
    const shift = () => (random.uniform() * 2 - 1) * jitter;
    const squares: RegionRings[] = [];
    for (let row = 0; row < 3; row++) {
      for (let column = 0; column < 3; column++) {
        squares.push(rectangle(column * 500 + shift(), row * 500 + shift(), (column + 1) * 500 + shift(), (row + 1) * 500 + shift()));
      }
    }
    return squares;
  }
  const ROOK = [
    [1, 3],
    [0, 2, 4],
    [1, 5],
    [0, 4, 6],
    [1, 3, 5, 7],
    [2, 4, 8],
    [3, 7],
    [4, 6, 8],
    [5, 7],
  ];

  it('finds rook neighbours on a grid with gaps and overlaps of up to 2 × 4 m, not the diagonal corners', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { neighbours, sharedMetres } = contiguityNeighbours(jitteredGrid(4, seed), { toleranceMetres: 20 });
      expect(neighbours).toEqual(ROOK);
      // each shared border is one 500 m side, give or take the jitter, plus up to tolerance + overlap at each end
      for (const lengths of sharedMetres) {
        for (const metres of lengths) {
          expect(metres).toBeGreaterThan(500 - 4 * 4);
          expect(metres).toBeLessThan(500 + 2 * (20 + 4 * 4));
        }
      }
    }
  });

  it('lets a diagonal overlap count as a border once it exceeds the minimum (the rule is a length, not a topology)', () => {
    // 6 and 4 overlap by 16 m at their corner: up to 2 × (20 + 16) m of boundary within 20 m
    const squares = [rectangle(0, 0, 508, 508), rectangle(492, 492, 1000, 1000)];
    const { sharedMetres } = contiguityNeighbours(squares, { toleranceMetres: 20, minSharedMetres: 1 });
    expect(sharedMetres[0]?.[0]).toBeGreaterThan(60);
    expect(contiguityNeighbours(squares, { toleranceMetres: 20, minSharedMetres: 100 }).neighbours).toEqual([[], []]);
  });

  it('separates regions whose gap is wider than the tolerance, joins them when it is not', () => {
    const pair = [rectangle(0, 0, 500, 500), rectangle(530, 0, 1000, 500)];
    expect(contiguityNeighbours(pair, { toleranceMetres: 20 }).neighbours).toEqual([[], []]);
    expect(contiguityNeighbours(pair, { toleranceMetres: 40 }).neighbours).toEqual([[1], [0]]);
    // an overlap of 10 m: both boundaries run within 10 m of the other's
    const overlapping = [rectangle(0, 0, 500, 500), rectangle(490, 0, 1000, 500)];
    expect(contiguityNeighbours(overlapping, { toleranceMetres: 20 }).neighbours).toEqual([[1], [0]]);
  });

  it('needs minSharedMetres of border: a short touch is not enough', () => {
    // the second square touches the first only along 40 m of its east side
    const regions = [rectangle(0, 0, 500, 500), rectangle(500, 480, 1000, 980)];
    expect(contiguityNeighbours(regions, { toleranceMetres: 10 }).neighbours).toEqual([[1], [0]]);
    expect(contiguityNeighbours(regions, { toleranceMetres: 10, minSharedMetres: 100 }).neighbours).toEqual([[], []]);
  });

  it('uses holes and every part: an enclave neighbours the region around it, a far-away part counts', () => {
    const outer = rectangle(0, 0, 1000, 1000)[0] ?? [];
    const hole = rectangle(400, 400, 600, 600)[0] ?? [];
    const farPart = rectangle(5000, 0, 5500, 500)[0] ?? [];
    const regions: RegionRings[] = [
      [outer, hole],
      rectangle(400, 400, 600, 600),
      [farPart, ...rectangle(8000, 8000, 8100, 8100)],
      rectangle(5500, 0, 6000, 500),
    ];
    expect(contiguityNeighbours(regions, { toleranceMetres: 5 }).neighbours).toEqual([[1], [0], [3], [2]]);
  });

  it('accepts open rings, empty regions, and refuses bad input', () => {
    const open = [[toLonLat(0, 0), toLonLat(500, 0), toLonLat(500, 500), toLonLat(0, 500)]];
    expect(contiguityNeighbours([open, rectangle(500, 0, 1000, 500), []], { toleranceMetres: 5 }).neighbours).toEqual([[1], [0], []]);
    expect(() => contiguityNeighbours([[[[Number.NaN, 52]]]], { toleranceMetres: 5 })).toThrow(/region 0 has a position 0/);
    expect(() => contiguityNeighbours([], { toleranceMetres: -1 })).toThrow(/tolerance -1/);
    expect(contiguityNeighbours([], { toleranceMetres: 5 })).toEqual({ neighbours: [], sharedMetres: [] });
  });
});
