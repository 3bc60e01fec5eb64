import { describe, expect, it } from 'vitest';
import { argsortFloats, createArgsortWorkspace } from './float-argsort.ts';
import { percentileRanksColumn } from './percentile-rank-column.ts';
import { seededRandom } from './seeded-random.ts';

describe('argsortFloats', () => {
  it('orders negatives, zeros, infinities and ties like a comparator sort, stably', () => {
    const random = seededRandom(11);
    const workspace = createArgsortWorkspace(500);
    for (let round = 0; round < 50; round++) {
      const n = 1 + Math.floor(random.uniform() * 500);
      const pool = [-Infinity, Infinity, -0, 0, 1e-310, -1e-310, 3, -3, 1e300];
      const values = Float64Array.from({ length: n }, () =>
        random.uniform() < 0.3 ? (pool[Math.floor(random.uniform() * pool.length)] ?? 0) : Math.round((random.normal() * 1000) / 7) / 3,
      );
      const expected = Array.from(values.keys()).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || (values[a] === values[b] ? a - b : 0));
      expect(Array.from(argsortFloats(values, n, workspace))).toEqual(expected);
    }
  });

  it('refuses NaN and too many values', () => {
    expect(() => argsortFloats(new Float64Array([1, Number.NaN]), 2, createArgsortWorkspace(2))).toThrow(/value 1 is NaN/);
    expect(() => argsortFloats(new Float64Array(3), 3, createArgsortWorkspace(2))).toThrow(/capacity 2/);
  });
});

describe('percentileRanksColumn', () => {
  /** The definition counted directly: L values strictly less risky, E equal (itself included). O(n²). */
  function byDefinition(values: Float64Array, sign: number): number[] {
    const present = Array.from(values).filter((v) => !Number.isNaN(v));
    return Array.from(values, (v) => {
      if (Number.isNaN(v)) return Number.NaN;
      if (present.length === 1) return 50;
      const less = present.filter((w) => sign * w < sign * v).length;
      const equal = present.filter((w) => w === v).length;
      return (100 * (less + 0.5 * (equal - 1))) / (present.length - 1);
    });
  }

  it('equals the rank definition counted directly, with many ties, both directions, Float32 output too', () => {
    const random = seededRandom(12);
    for (let round = 0; round < 40; round++) {
      const n = 1 + Math.floor(random.uniform() * 200);
      const values = Float64Array.from({ length: n }, () => (random.uniform() < 0.15 ? Number.NaN : random.poisson(2) * (random.uniform() < 0.5 ? 1 : -1)));
      expect(Array.from(percentileRanksColumn(values, 'higher_is_risk'))).toEqual(byDefinition(values, 1));
      expect(Array.from(percentileRanksColumn(values, 'lower_is_risk'))).toEqual(byDefinition(values, -1));
      const float32 = percentileRanksColumn(values, 'higher_is_risk', new Float32Array(n));
      expect(Array.from(float32)).toEqual(byDefinition(values, 1).map(Math.fround));
    }
  });

  it('treats −0 and 0 as a tie and all-missing as missing', () => {
    expect(Array.from(percentileRanksColumn(new Float64Array([0, -0, 1]), 'lower_is_risk'))).toEqual([75, 75, 0]);
    expect(Array.from(percentileRanksColumn(new Float64Array([Number.NaN, 4]), 'higher_is_risk'))).toEqual([Number.NaN, 50]);
    expect(Array.from(percentileRanksColumn(new Float64Array([Number.NaN]), 'higher_is_risk'))).toEqual([Number.NaN]);
  });
});
