import { describe, expect, it } from 'vitest';
import { percentileRanks } from './percentile-rank.ts';
import { percentileRankIntervals, quantilesOverDraws, simulatePercentileDraws } from './percentile-rank-intervals.ts';
import { seededRandom } from './seeded-random.ts';

describe('simulatePercentileDraws', () => {
  it('ranks two regions as often as the exact posterior probability says (scipy beta.sf as reference)', () => {
    // Gamma posteriors X_A ~ Γ(k_A + ½), X_B ~ Γ(k_B + ½): P(X_A/n_A > X_B/n_B) = P(Beta(a_A, a_B) > n_A/(n_A + n_B))
    // scipy.stats.beta.sf(120/2120, 3.5, 40.5) = 0.6766242471773951; beta.sf(50/150, 0.5, 2.5) = 0.17468781426411945
    const cases: [number, number, number, number, number][] = [
      [3, 120, 40, 2000, 0.6766242471773951],
      [0, 50, 2, 100, 0.17468781426411945],
    ];
    const draws = 20_000;
    for (const [kA, nA, kB, nB, expected] of cases) {
      const simulated = simulatePercentileDraws({ counts: [kA, kB], denominators: [nA, nB], direction: 'higher_is_risk', draws, seed: 99 });
      let aboveB = 0;
      for (let d = 0; d < draws; d++) if (simulated.values[d * 2] === 100) aboveB++;
      const se = Math.sqrt((expected * (1 - expected)) / draws);
      expect(Math.abs(aboveB / draws - expected)).toBeLessThan(4 * se);
    }
  });

  it('is reproducible for a seed, marks missing regions NaN in every draw, and checks its input', () => {
    const input = { counts: [3, null, 10, 0], denominators: [100, 50, 400, 0], direction: 'higher_is_risk' as const, draws: 30, seed: 4 };
    const a = simulatePercentileDraws(input);
    expect(Array.from(simulatePercentileDraws(input).values)).toEqual(Array.from(a.values));
    expect(Array.from(simulatePercentileDraws({ ...input, seed: 5 }).values)).not.toEqual(Array.from(a.values));
    for (let d = 0; d < 30; d++) {
      expect(a.values[d * 4 + 1]).toBeNaN();
      expect(a.values[d * 4 + 3]).toBeNaN();
    }
    expect(() => simulatePercentileDraws({ ...input, counts: [1] })).toThrow(/1 counts but 4/);
    expect(() => simulatePercentileDraws({ ...input, counts: [-1, null, 1, 1] })).toThrow(/region 0/);
  });

  it('keeps an observed 0 at 0 under the Poisson model', () => {
    const simulated = simulatePercentileDraws({ counts: [0, 5, 9], denominators: [10, 10, 10], direction: 'higher_is_risk', draws: 50, model: 'poisson' });
    for (let d = 0; d < 50; d++) expect(simulated.values[d * 3]).toBeLessThanOrEqual(25);
  });
});

describe('quantilesOverDraws', () => {
  it('interpolates between order statistics like R type 7 / numpy', () => {
    // region 0 draws 5, 1, 4, 2, 3 → sorted 1…5; p = 0.25 → position 1 → 2; p = 0.1 → 0.4 → 1.4; p = 1 → 5
    const values = Float32Array.from([5, 7, 1, 7, 4, 7, 2, 7, 3, Number.NaN]);
    const [q25, q10, q100] = quantilesOverDraws({ regions: 2, draws: 5, values }, [0.25, 0.1, 1]);
    expect(q25?.[0]).toBe(2);
    expect(q10?.[0]).toBeCloseTo(1.4, 6);
    expect(q100?.[0]).toBe(5);
    // region 1 has four draws of 7 and one missing: quantiles over the four
    expect(q10?.[1]).toBe(7);
  });
});

describe('percentileRankIntervals', () => {
  const random = seededRandom(21);
  const n = 600;
  // same underlying rate (40 per 1,000) everywhere; populations from 30 to 30,000
  const populations = Array.from({ length: n }, (_, i) => Math.round(30 * 1000 ** (i / (n - 1))));
  const counts = populations.map((p) => random.poisson(0.04 * p));
  const intervals = percentileRankIntervals({ counts, denominators: populations, direction: 'higher_is_risk', draws: 200, seed: 1 });
  const width = (i: number) => (intervals.hi[i] ?? Number.NaN) - (intervals.lo[i] ?? Number.NaN);

  it('gives small areas far wider rank intervals than large ones with the same true rate', () => {
    const meanWidth = (from: number, to: number) => {
      let sum = 0;
      for (let i = from; i < to; i++) sum += width(i);
      return sum / (to - from);
    };
    // pure chance decides the ranks here, so everyone is uncertain, the smallest most of all
    expect(meanWidth(0, 100)).toBeGreaterThan(meanWidth(500, 600));
    expect(meanWidth(0, 100)).toBeGreaterThan(50);
  });

  it('stays within 0–100, lo ≤ hi, and mostly covers the published percentile', () => {
    const point = percentileRanks(
      counts.map((k, i) => k / (populations[i] ?? 1)),
      'higher_is_risk',
    );
    let covered = 0;
    for (let i = 0; i < n; i++) {
      const lo = intervals.lo[i] ?? Number.NaN;
      const hi = intervals.hi[i] ?? Number.NaN;
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(100);
      expect(lo).toBeLessThanOrEqual(hi);
      const p = point[i] ?? Number.NaN;
      if (p >= lo && p <= hi) covered++;
    }
    expect(covered / n).toBeGreaterThan(0.9);
  });
});
