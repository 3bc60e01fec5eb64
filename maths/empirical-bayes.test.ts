import { describe, expect, it } from 'vitest';
import { marshallEmpiricalBayes } from './empirical-bayes.ts';
import { significanceAgainst } from './significance.ts';

describe('marshallEmpiricalBayes', () => {
  it('reproduces a hand-worked example (exact fractions)', () => {
    // counts 2, 10, 60, 0; populations 100, 1000, 2000, 50; rates .02, .01, .03, 0
    // m  = 72 / 3150 = 4/175
    // s² = [100(.02 − m)² + 1000(.01 − m)² + 2000(.03 − m)² + 50(0 − m)²] / 3150 = 103/1102500
    // A  = s² − m / (3150 / 4) = 103/1102500 − 32/1102500 = 71/1102500
    // C  = A / (A + m/n): n = 100 → 0.219814…, smoothed = m + C(r − m) = 359/16150
    //                     n = 1000 → 643/48100, n = 2000 → 1209/41800, n = 50 → 288/14375
    const result = marshallEmpiricalBayes([2, 10, 60, 0], [100, 1000, 2000, 50]);
    expect(result.mean).toBeCloseTo(4 / 175, 15);
    expect(result.betweenVariance).toBeCloseTo(71 / 1102500, 15);
    const expected = [359 / 16150, 643 / 48100, 1209 / 41800, 288 / 14375];
    expected.forEach((value, i) => expect(result.smoothed[i]).toBeCloseTo(value, 14));
    expect(result.weight[0]).toBeCloseTo(0.21981424148606812, 12);
    expect(result.weight[3]).toBeCloseTo(0.12347826086956522, 12);
  });

  it('moves small populations more than large ones, towards the mean and never past it', () => {
    const result = marshallEmpiricalBayes([2, 10, 60, 0], [100, 1000, 2000, 50]);
    const m = result.mean ?? Number.NaN;
    const weights = result.weight.map((w) => w ?? Number.NaN);
    // C rises with population: 50 < 100 < 1000 < 2000
    expect(weights[3]).toBeLessThan(weights[0] ?? 0);
    expect(weights[0]).toBeLessThan(weights[1] ?? 0);
    expect(weights[1]).toBeLessThan(weights[2] ?? 0);
    [0.02, 0.01, 0.03, 0].forEach((raw, i) => {
      const smoothed = result.smoothed[i] ?? Number.NaN;
      expect(Math.abs(smoothed - m)).toBeLessThanOrEqual(Math.abs(raw - m));
      expect(Math.sign(smoothed - m)).toBe(Math.sign(raw - m));
    });
  });

  it('floors A at 0: spread no larger than chance gives every region the mean', () => {
    // counts 2, 10, 30, 0 on the same populations: s² = 0.03 / 3150 = 9.52e-6 < m / 787.5 = 1.69e-5
    const result = marshallEmpiricalBayes([2, 10, 30, 0], [100, 1000, 2000, 50]);
    expect(result.betweenVariance).toBe(0);
    for (const value of result.smoothed) expect(value).toBeCloseTo(42 / 3150, 15);
    expect(result.weight).toEqual([0, 0, 0, 0]);
  });

  it('skips nulls and non-positive populations, and all-zero counts give 0', () => {
    const result = marshallEmpiricalBayes([null, 5, 1, 3], [100, 0, 10, null]);
    expect(result.smoothed).toEqual([null, null, 0.1, null]);
    expect(marshallEmpiricalBayes([0, 0], [10, 20]).smoothed).toEqual([0, 0]);
    expect(marshallEmpiricalBayes([null], [null])).toEqual({ smoothed: [null], weight: [null], mean: null, betweenVariance: null });
  });

  it('refuses mismatched lengths and negative counts with the region index', () => {
    expect(() => marshallEmpiricalBayes([1], [1, 2])).toThrow(/1 counts but 2/);
    expect(() => marshallEmpiricalBayes([1, -2], [1, 2])).toThrow(/region 1/);
  });
});

describe('significanceAgainst', () => {
  it('says hoger / lager only when the interval excludes the reference', () => {
    expect(significanceAgainst({ lo: 5.2, hi: 9 }, 5)).toBe('hoger');
    expect(significanceAgainst({ lo: 1, hi: 4.9 }, 5)).toBe('lager');
    expect(significanceAgainst({ lo: 1, hi: 9 }, 5)).toBe('niet_significant');
    // a bound on the reference includes it
    expect(significanceAgainst({ lo: 5, hi: 9 }, 5)).toBe('niet_significant');
    expect(significanceAgainst(null, 5)).toBeNull();
    expect(significanceAgainst({ lo: 1, hi: 2 }, null)).toBeNull();
  });
});
