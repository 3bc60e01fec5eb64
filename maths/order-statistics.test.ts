import { describe, expect, it } from 'vitest';
import { orderStatistics } from './order-statistics.ts';
import { seededRandom } from './seeded-random.ts';

describe('orderStatistics', () => {
  it('gives the values a full sort puts at the asked positions, with ties, negatives and repeated positions', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random.uniform() * 300);
      const tied = trial % 2 === 0;
      const values = Float64Array.from({ length: n }, () => (tied ? Math.floor(random.uniform() * 4) - 1 : random.normal() * 50));
      const sorted = Float64Array.from(values).sort();
      const positions = [0, Math.floor(0.025 * (n - 1)), Math.floor(0.5 * (n - 1)), Math.floor(0.975 * (n - 1)), n - 1].sort((a, b) => a - b);
      const out = new Float64Array(positions.length);
      orderStatistics(values, n, positions, out);
      expect(Array.from(out)).toEqual(positions.map((k) => sorted[k]));
      expect(Float64Array.from(values).sort()).toEqual(sorted); // only rearranged
    }
  });

  it('gives the same values when every position is near an end (as the 2.5 / 97.5 % points of a few hundred draws are)', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random.uniform() * 400);
      const tied = trial % 3 === 0;
      const values = Float64Array.from({ length: n }, () => (tied ? Math.floor(random.uniform() * 5) : random.gamma(2) * 10));
      const sorted = Float64Array.from(values).sort();
      const near = [0, 4, 5, 15].filter((k) => k < n);
      const positions = [...new Set([...near, ...near.map((k) => n - 1 - k)])].sort((a, b) => a - b);
      const out = new Float64Array(positions.length);
      orderStatistics(values, n, positions, out);
      expect(Array.from(out)).toEqual(positions.map((k) => sorted[k]));
    }
  });

  it('refuses positions that are not ascending or out of range', () => {
    const values = Float64Array.from([3, 1, 2]);
    expect(() => orderStatistics(values, 3, [2, 1], new Float64Array(2))).toThrow(RangeError);
    expect(() => orderStatistics(values, 3, [3], new Float64Array(1))).toThrow(RangeError);
  });
});
