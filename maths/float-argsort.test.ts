import { describe, expect, it } from 'vitest';
import { argsortFloats, createArgsortWorkspace } from './float-argsort.ts';
import { seededRandom } from './seeded-random.ts';

/** The reference: a stable comparator sort of the positions, −0 tying with 0. */
const byComparator = (values: Float64Array, n: number) =>
  Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] ?? 0) + 0 - ((values[b] ?? 0) + 0) || a - b);

describe('argsortFloats', () => {
  it('orders as a stable comparator sort: ties, −0 and 0, infinities, subnormals, negatives, only the first n', () => {
    const random = seededRandom(3);
    const draw: ((u: number) => number)[] = [
      () => random.normal() * 1e3,
      (u) => Math.floor(u * 7) - 3,
      (u) => (u < 0.3 ? -0 : u < 0.6 ? 0 : u * 1e-300),
      () => random.gamma(0.7) / 1234,
      (u) => (u < 0.1 ? Infinity : u < 0.2 ? -Infinity : -u),
      // a few values per upper 32-bit half, told apart by the lower half only (insertion sort of the runs)
      (u) => Math.floor(u * 400) - 200 + (Math.floor(u * 1e9) % 5) * 2 ** -40,
      // most values share their upper half (the six-pass route)
      (u) => 1 + Math.floor(u * 1e6) * 2 ** -50,
    ];
    for (let trial = 0; trial < 100; trial++) {
      const n = 1 + Math.floor(random.uniform() * 3000);
      const pick = draw[trial % draw.length] ?? Math.random;
      const values = Float64Array.from({ length: n + 5 }, () => pick(random.uniform()));
      const workspace = createArgsortWorkspace(n + 5);
      expect(Array.from(argsortFloats(values, n, workspace))).toEqual(byComparator(values, n));
    }
  });

  it('refuses NaN and more values than the workspace holds', () => {
    expect(() => argsortFloats(Float64Array.from([1, Number.NaN]), 2, createArgsortWorkspace(2))).toThrow(RangeError);
    expect(() => argsortFloats(new Float64Array(3), 3, createArgsortWorkspace(2))).toThrow();
  });
});
