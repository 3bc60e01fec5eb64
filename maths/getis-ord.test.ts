import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './false-discovery.ts';
import { classifyHotspots, getisOrdGiStar } from './getis-ord.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * 3 × 3 grid, index = 3 · row + column, values = index + 1:
 *   1 2 3
 *   4 5 6
 *   7 8 9
 * n = 9, x̄ = 5, Σx² = 285, S² = 285/9 − 25 = 20/3.
 */
const GRID = [1, 2, 3, 4, 5, 6, 7, 8, 9];

function gridNeighbours(queen: boolean): number[][] {
  return GRID.map((_, i) => {
    const row = Math.floor(i / 3);
    const column = i % 3;
    const result: number[] = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if ((dr === 0 && dc === 0) || (!queen && dr !== 0 && dc !== 0)) continue;
        const r = row + dr;
        const c = column + dc;
        if (r >= 0 && r < 3 && c >= 0 && c < 3) result.push(3 * r + c);
      }
    }
    return result;
  });
}

describe('getisOrdGiStar', () => {
  it('matches the hand-worked 3 × 3 grid with rook contiguity', () => {
    // corner 0: W = 3 (itself, 1, 3), Σwx = 1 + 2 + 4 = 7
    //   z = (7 − 5·3) / (√(20/3) · √((9·3 − 9)/8)) = −8 / (√(20/3) · 1.5) = −16/√60 = −2.065591117977289
    // edge 1: W = 4 (itself, 0, 2, 4), Σwx = 2 + 1 + 3 + 5 = 11
    //   z = (11 − 20) / (√(20/3) · √((36 − 16)/8)) = −9 / √(50/3) = −2.2045407685048604
    // centre 4: W = 5, Σwx = 5 + 2 + 4 + 6 + 8 = 25 = 5·5 → z = 0
    // by symmetry corner 8 = +2.0656 and edge 7 = +2.2045
    const z = getisOrdGiStar(GRID, gridNeighbours(false));
    expect(z[0]).toBeCloseTo(-2.065591117977289, 12);
    expect(z[1]).toBeCloseTo(-2.2045407685048604, 12);
    expect(z[4]).toBeCloseTo(0, 12);
    expect(z[8]).toBeCloseTo(2.065591117977289, 12);
    expect(z[7]).toBeCloseTo(2.2045407685048604, 12);
  });

  it('matches the hand-worked grid with queen contiguity, and gives null where W = n', () => {
    // corner 0: W = 4 (itself, 1, 3, 4), Σwx = 1 + 2 + 4 + 5 = 12
    //   z = (12 − 20) / √(20/3 · (36 − 16)/8) = −8 / √(50/3) = −1.9595917942265424
    // centre 4 touches everyone: W = 9 = n, the denominator is 0 → null
    const z = getisOrdGiStar(GRID, gridNeighbours(true));
    expect(z[0]).toBeCloseTo(-1.9595917942265424, 12);
    expect(z[4]).toBeNull();
  });

  it('leaves out regions without a value, as values and as neighbours, and nulls islands', () => {
    // drop 9 (index 8): n = 8, x̄ = 4.5, S² = (Σx² = 204)/8 − 20.25 = 5.25
    // rook corner 2 (value 3): neighbours 1 (2) and 5 (6); 8 is gone → W = 3, Σwx = 11
    //   z = (11 − 13.5) / (√5.25 · √((24 − 9)/7)) = −2.5 / √(5.25 · 15/7) = −2.5 / √11.25 = −0.7453559924999299
    const values: (number | null)[] = [...GRID];
    values[8] = null;
    const neighbours = gridNeighbours(false);
    const z = getisOrdGiStar(values, neighbours);
    expect(z[8]).toBeNull();
    expect(z[2]).toBeCloseTo(-2.5 / Math.sqrt(11.25), 12);
    // a region whose only neighbours have no value has no neighbourhood to speak of
    expect(getisOrdGiStar([1, null, 5, 3], [[1], [0], [3], [2]])).toEqual([null, null, expect.any(Number), expect.any(Number)]);
  });

  it('ignores itself and duplicates in a neighbour list, and checks indices', () => {
    const clean = getisOrdGiStar(GRID, gridNeighbours(false));
    const noisy = getisOrdGiStar(
      GRID,
      gridNeighbours(false).map((list, i) => [i, ...list, ...list]),
    );
    expect(noisy).toEqual(clean);
    expect(() => getisOrdGiStar([1, 2], [[5], []])).toThrow(/region 0 lists neighbour 5/);
    expect(() => getisOrdGiStar([1], [])).toThrow(/1 values but 0 neighbour lists/);
    expect(getisOrdGiStar([3, 3, 3], [[1], [0, 2], [1]])).toEqual([null, null, null]);
  });

  it('has mean ~0 and sd ~1 over a large random field without structure', () => {
    const random = seededRandom(77);
    const side = 60;
    const values = Array.from({ length: side * side }, () => random.normal());
    const neighbours = values.map((_, i) => {
      const r = Math.floor(i / side);
      const c = i % side;
      return [
        [r - 1, c],
        [r + 1, c],
        [r, c - 1],
        [r, c + 1],
      ]
        .filter(([a = -1, b = -1]) => a >= 0 && a < side && b >= 0 && b < side)
        .map(([a = 0, b = 0]) => a * side + b);
    });
    const z = getisOrdGiStar(values, neighbours).map((v) => v ?? 0);
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.1);
  });
});

describe('benjaminiHochberg', () => {
  it('reproduces the worked example of Benjamini & Hochberg (1995, §3.2): 4 of 15 rejected at 0.05', () => {
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    const q = benjaminiHochberg(p);
    expect(q.filter((value) => value !== null && value <= 0.05)).toHaveLength(4);
    // adjusted values as given by scipy.stats.false_discovery_control(p, method='bh') (= R p.adjust "BH")
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286, 0.06385714285714286, 0.0645, 0.0765, 0.486, 0.5811818181818181, 0.714875,
      0.7532307692307693, 0.8132142857142857, 1,
    ];
    expected.forEach((value, i) => expect(q[i]).toBeCloseTo(value, 14));
  });

  it('keeps input order, skips nulls from m, and refuses p outside [0, 1]', () => {
    // present 0.04 and 0.01 → m = 2: q(0.01) = 2 · 0.01 = 0.02, q(0.04) = min(1 · 0.04, …) = 0.04
    expect(benjaminiHochberg([0.04, null, 0.01])).toEqual([0.04, null, 0.02]);
    expect(() => benjaminiHochberg([0.5, 1.2])).toThrow(/index 1 is 1.2/);
  });

  it('equals the step-up over a stable comparator sort, with ties, zeros and nulls', () => {
    const random = seededRandom(8);
    const p = Array.from({ length: 3000 }, () => {
      const u = random.uniform();
      return u < 0.1 ? null : u < 0.2 ? 0 : u < 0.4 ? Math.round(u * 20) / 20 : u;
    });
    const present = p.flatMap((value, index) => (value === null ? [] : [{ index, value }])).sort((a, b) => a.value - b.value);
    const expected: (number | null)[] = p.map(() => null);
    let running = 1;
    for (let rank = present.length; rank >= 1; rank--) {
      const entry = present[rank - 1];
      running = Math.min(running, (present.length / rank) * (entry?.value ?? 1));
      expected[entry?.index ?? 0] = running;
    }
    expect(benjaminiHochberg(p)).toEqual(expected);
  });
});

describe('classifyHotspots', () => {
  it('classes by the corrected p and the sign of z', () => {
    // one strong z among many null-ish ones: p(4) = 6.3e-5; m = 5 → q = 3.2e-4 → hot_99
    const result = classifyHotspots([4, -2.2, 0.1, null, -0.5, 1.7]);
    expect(result.classes[0]).toBe('hot_99');
    // p(−2.2) = 0.0278, rank 2 of 5 → q = 0.0695 → cold_90
    expect(result.q[1]).toBeCloseTo((5 / 2) * 0.02780689502699719, 13);
    expect(result.classes[1]).toBe('cold_90');
    expect(result.classes[2]).toBe('none');
    expect(result.classes[3]).toBeNull();
    // scipy: 2 · norm.sf(0.1) = 0.920344325445942, 2 · norm.sf(2.2) = 0.02780689502699719
    expect(result.p[2]).toBeCloseTo(0.920344325445942, 13);
  });
});
