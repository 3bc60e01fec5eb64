import { describe, expect, it } from 'vitest';
import { poissonCountInterval, poissonRateInterval, wilsonInterval } from './count-intervals.ts';
import { erfc, twoSidedNormalP, Z_95 } from './normal-distribution.ts';

/** Garwood bounds [k, lo, hi]: mpmath 1.3.0, 50 digits, bisection on gammainc(k, 0, x, regularized) (see gamma-quantile.test.ts). */
const GARWOOD: readonly [number, number, number][] = [
  [0, 0, 3.6888794541139354],
  [1, 0.025317807984289877, 5.5716433909388975],
  [2, 0.24220927854396491, 7.2246876677239596],
  [3, 0.6186721228956013, 8.7672730697423248],
  [5, 1.6234863901184206, 11.668332079322668],
  [10, 4.7953886961324337, 18.390356042017777],
  [20, 12.216519585403944, 30.888377902674597],
  [100, 81.363991250923141, 121.62679379242639],
  [1000, 938.97301840769522, 1063.952136016302],
  [12345, 12128.180907899079, 12564.722206913333],
  [100000, 99381.152663744731, 100621.74473974388],
  [0.4, 7.3283243553458525e-5, 4.4858818845257897],
  [2.5, 0.41560580674333122, 8.0063821373146609],
  [17.3, 10.131856596982036, 27.588042270828401],
];

/** erfc(x) from mpmath.erfc at 50 digits. */
const ERFC: readonly [number, number][] = [
  [0, 1.0],
  [0.1, 0.8875370839817151],
  [0.5, 0.47950012218695346],
  [1, 0.15729920705028513],
  [1.3859038243496778, 0.050000000000000034],
  [2, 0.0046777349810472658],
  [3, 2.2090496998585441e-5],
  [5, 1.5374597944280349e-12],
  [10, 2.0884875837625448e-45],
  [26, 5.6631924088561428e-296],
  [-0.7, 1.6778011938374184],
  [-3, 1.9999779095030014],
];

const relativeError = (got: number, expected: number) => Math.abs(got - expected) / Math.abs(expected);

describe('poissonCountInterval (Garwood)', () => {
  it('matches 50-digit reference bounds to 1e-10 relative, integer and non-integer counts', () => {
    for (const [k, lo, hi] of GARWOOD) {
      const interval = poissonCountInterval(k);
      if (k === 0) expect(interval.lo).toBe(0);
      else expect(relativeError(interval.lo, lo), `lo k=${k}`).toBeLessThan(1e-10);
      expect(relativeError(interval.hi, hi), `hi k=${k}`).toBeLessThan(1e-10);
    }
  });

  it('agrees with the classic printed table of exact Poisson limits (3 decimals)', () => {
    // e.g. Ulm (1990), Am J Epidemiol 131:373; also Sahai & Khurshid (1993)
    const table: [number, number, number][] = [
      [0, 0, 3.689],
      [1, 0.025, 5.572],
      [2, 0.242, 7.225],
      [5, 1.623, 11.668],
      [10, 4.795, 18.39],
      [20, 12.217, 30.888],
    ];
    for (const [k, lo, hi] of table) {
      expect(poissonCountInterval(k).lo).toBeCloseTo(lo, 3);
      expect(poissonCountInterval(k).hi).toBeCloseTo(hi, 3);
    }
  });

  it('is monotone in the count, also between integers', () => {
    let previous = poissonCountInterval(0);
    for (let k = 0.25; k <= 30; k += 0.25) {
      const current = poissonCountInterval(k);
      expect(current.lo).toBeGreaterThan(previous.lo);
      expect(current.hi).toBeGreaterThan(previous.hi);
      expect(current.lo).toBeLessThan(k);
      expect(current.hi).toBeGreaterThan(k);
      previous = current;
    }
  });

  it('returns a fresh object each time (the cache cannot be mutated through it)', () => {
    const a = poissonCountInterval(7);
    a.lo = -1;
    expect(poissonCountInterval(7).lo).toBeGreaterThan(0);
  });

  it('refuses negative and non-finite counts', () => {
    expect(() => poissonCountInterval(-1)).toThrow(/count -1/);
    expect(() => poissonCountInterval(Number.NaN)).toThrow(/count NaN/);
  });
});

describe('poissonRateInterval', () => {
  it('divides the count interval by the denominator and scales it', () => {
    // 3 crimes among 120 inhabitants per 1,000: 25 (0.619–8.767 × 1000 / 120 = 5.16–73.06)
    const interval = poissonRateInterval(3, 120, 1000);
    expect(interval?.lo).toBeCloseTo((0.6186721228956013 * 1000) / 120, 10);
    expect(interval?.hi).toBeCloseTo((8.7672730697423248 * 1000) / 120, 10);
  });

  it('gives null without a positive denominator', () => {
    expect(poissonRateInterval(3, 0, 1000)).toBeNull();
    expect(poissonRateInterval(3, Number.NaN, 1000)).toBeNull();
  });
});

describe('wilsonInterval', () => {
  it('reproduces Newcombe (1998, Stat Med 17:857, table II, method 3) to 4 decimals', () => {
    const table: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [x, n, lo, hi] of table) {
      const interval = wilsonInterval(x, n);
      expect(interval?.lo).toBeCloseTo(lo, 4);
      expect(interval?.hi).toBeCloseTo(hi, 4);
    }
  });

  it('has bounds that solve the score equation (p̂ − π)² = z² π(1 − π) / n', () => {
    for (const [x, n] of [
      [81, 263],
      [2.5, 10],
      [1, 3],
      [999, 1000],
      [12_345, 67_890],
    ] as const) {
      const interval = wilsonInterval(x, n);
      if (!interval) throw new Error('expected an interval');
      for (const bound of [interval.lo, interval.hi]) {
        const lhs = (x / n - bound) ** 2;
        const rhs = (Z_95 ** 2 * bound * (1 - bound)) / n;
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-15);
      }
    }
  });

  it('stays in [0, 1] at the edges, scales, and refuses an impossible share', () => {
    expect(wilsonInterval(29, 29)?.hi).toBe(1);
    expect(wilsonInterval(0, 20)?.lo).toBe(0);
    const percent = wilsonInterval(15, 148, 100);
    expect(percent?.lo).toBeCloseTo(6.23864, 4);
    expect(wilsonInterval(1, 0)).toBeNull();
    expect(() => wilsonInterval(6, 5)).toThrow(/numerator 6/);
  });
});

describe('erfc and normal p-values', () => {
  it('matches 50-digit erfc values across the range, including the far tail (1e-13 relative)', () => {
    for (const [x, expected] of ERFC) expect(relativeError(erfc(x), expected), `x ${x}`).toBeLessThan(1e-13);
  });

  it('gives the textbook two-sided p-values', () => {
    expect(twoSidedNormalP(Z_95)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(-2.5758293035489004)).toBeCloseTo(0.01, 14);
    expect(twoSidedNormalP(1.6448536269514722)).toBeCloseTo(0.1, 14);
    expect(twoSidedNormalP(0)).toBe(1);
  });
});
