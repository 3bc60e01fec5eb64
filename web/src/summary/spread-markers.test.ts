import { describe, expect, it } from 'vitest';
import { spreadMarkers } from './wijk-map.ts';

const minDistance = (ps: readonly (readonly [number, number])[]): number => {
  let min = Infinity;
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) min = Math.min(min, Math.hypot(ps[i]![0] - ps[j]![0], ps[i]![1] - ps[j]![1]));
  return min;
};

describe('spreadMarkers', () => {
  it('moves overlapping markers at least a marker apart, inside the map', () => {
    const out = spreadMarkers(
      [
        [100, 60],
        [103, 62],
        [100, 60],
        [180, 20],
      ],
      14,
      230,
      150,
    );
    expect(minDistance(out)).toBeGreaterThanOrEqual(14 - 1e-6);
    for (const [x, y] of out) {
      expect(x).toBeGreaterThanOrEqual(7);
      expect(x).toBeLessThanOrEqual(223);
      expect(y).toBeGreaterThanOrEqual(7);
      expect(y).toBeLessThanOrEqual(143);
    }
    expect(out[3]).toEqual([180, 20]);
  });
  it('leaves markers that do not overlap where they are', () => {
    expect(
      spreadMarkers(
        [
          [20, 20],
          [60, 60],
        ],
        14,
        100,
        100,
      ),
    ).toEqual([
      [20, 20],
      [60, 60],
    ]);
  });
});
