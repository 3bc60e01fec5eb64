import { describe, expect, it } from 'vitest';
import { createDrawQuantiles } from './draw-quantiles.ts';
import { percentileRanks } from './percentile-rank.ts';
import { simulatedDraws } from '../tests/support/simulated-draws.ts';
import { createRankSimulation } from './rank-simulation.ts';
import { seededRandom } from './seeded-random.ts';

describe('createRankSimulation', () => {
  it('ranks two regions as often as the exact posterior probability says (scipy beta.sf as reference)', () => {
    // Gamma posteriors X_A ~ Γ(k_A + ½), X_B ~ Γ(k_B + ½): P(X_A/n_A > X_B/n_B) = P(Beta(a_A, a_B) > n_A/(n_A + n_B))
    // scipy.stats.beta.sf(120/2120, 3.5, 40.5) = 0.6766242471773951; beta.sf(50/150, 0.5, 2.5) = 0.17468781426411945
    const cases: [number, number, number, number, number][] = [
      [3, 120, 40, 2000, 0.6766242471773951],
      [0, 50, 2, 100, 0.17468781426411945],
    ];
    const draws = 20_000;
    for (const [kA, nA, kB, nB, expected] of cases) {
      const simulated = simulatedDraws({ counts: [kA, kB], denominators: [nA, nB], direction: 'higher_is_risk', seed: 99 }, draws);
      let aboveB = 0;
      for (let d = 0; d < draws; d++) if (simulated[d * 2] === 100) aboveB++;
      const se = Math.sqrt((expected * (1 - expected)) / draws);
      expect(Math.abs(aboveB / draws - expected)).toBeLessThan(4 * se);
    }
  });

  it('is reproducible for a seed, marks missing regions NaN in every draw, and checks its input', () => {
    const input = { counts: [3, null, 10, 0], denominators: [100, 50, 400, 0], direction: 'higher_is_risk' as const, seed: 4 };
    const a = simulatedDraws(input, 30);
    expect(Array.from(simulatedDraws(input, 30))).toEqual(Array.from(a));
    expect(Array.from(simulatedDraws({ ...input, seed: 5 }, 30))).not.toEqual(Array.from(a));
    for (let d = 0; d < 30; d++) {
      expect(a[d * 4 + 1]).toBeNaN();
      expect(a[d * 4 + 3]).toBeNaN();
    }
    expect(() => createRankSimulation({ ...input, counts: [1] })).toThrow(/1 counts but 4/);
    expect(() => createRankSimulation({ ...input, counts: [-1, null, 1, 1] })).toThrow(/region 0/);
    expect(() => createRankSimulation(input).next(new Float32Array(3))).toThrow(/an output of 3 for 4 regions/);
  });

  it('keeps an observed 0 at 0 under the Poisson model', () => {
    const simulated = simulatedDraws({ counts: [0, 5, 9], denominators: [10, 10, 10], direction: 'higher_is_risk', model: 'poisson' }, 50);
    for (let d = 0; d < 50; d++) expect(simulated[d * 3]).toBeLessThanOrEqual(25);
  });
});

describe('the 2.5–97.5 % points of the simulated percentiles', () => {
  const random = seededRandom(21);
  const n = 600;
  // same underlying rate (40 per 1,000) everywhere; populations from 30 to 30,000
  const populations = Array.from({ length: n }, (_, i) => Math.round(30 * 1000 ** (i / (n - 1))));
  const counts = populations.map((p) => random.poisson(0.04 * p));
  const quantiles = createDrawQuantiles(n, 200, [0.025, 0.975]);
  const simulated = simulatedDraws({ counts, denominators: populations, direction: 'higher_is_risk', seed: 1 }, 200);
  for (let d = 0; d < 200; d++) quantiles.add(simulated.subarray(d * n, (d + 1) * n));
  const [lo = new Float64Array(), hi = new Float64Array()] = quantiles.quantiles();
  const intervals = { lo, hi };
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
