import { describe, expect, it } from 'vitest';
import { percentileRanks } from './percentile-rank.ts';
import { simulatedDraws } from '../tests/support/simulated-draws.ts';
import { seededRandom } from './seeded-random.ts';
import { themeDrawScorer, themeScoreColumns } from './theme-score-columns.ts';
import { themeScore } from './theme-score.ts';

const rule = { minWeightShare: 2 / 3, minIndicators: 2 };

describe('themeScoreColumns', () => {
  it('scores by hand: weighted mean of present percentiles, NaN below the weight share', () => {
    // region 0: (2·80 + 1·20) / 3 = 60; region 1: only weight 2 of 3 present → exactly 2/3 passes → 80
    // region 2: only weight 1 of 3 → no score
    const a = Float64Array.from([80, 80, Number.NaN]);
    const b = Float64Array.from([20, Number.NaN, 20]);
    expect(Array.from(themeScoreColumns([a, b], [2, 1], rule))).toEqual([60, 80, Number.NaN]);
  });

  it('gives exactly the per-region themeScore on random levels with missing values and user weights', () => {
    const random = seededRandom(31);
    for (let round = 0; round < 30; round++) {
      const regions = 300;
      const indicators = 2 + Math.floor(random.uniform() * 14);
      const weights = Array.from({ length: indicators }, () => (random.uniform() < 0.2 ? 0 : Math.round(random.uniform() * 40) / 10));
      const columns = Array.from({ length: indicators }, () => {
        const raw = Array.from({ length: regions }, () => (random.uniform() < 0.2 ? null : random.poisson(5)));
        return Float64Array.from(percentileRanks(raw, 'higher_is_risk'), (p) => p ?? Number.NaN);
      });
      const scores = themeScoreColumns(columns, weights, rule);
      const positive = weights.flatMap((weight, j) => (weight > 0 ? [j] : []));
      for (let i = 0; i < regions; i++) {
        const parts = positive.map((j) => {
          const value = columns[j]?.[i] ?? Number.NaN;
          return { percentile: Number.isNaN(value) ? null : value, weight: weights[j] ?? 0 };
        });
        const expected = positive.length < rule.minIndicators ? null : themeScore(parts, rule.minWeightShare).score;
        expect(scores[i]).toBe(expected ?? Number.NaN);
      }
    }
  });

  it('drops zero weights from the indicator count and refuses bad weights and shapes', () => {
    const column = Float64Array.from([10, 90]);
    expect(Array.from(themeScoreColumns([column, column], [1, 0], rule))).toEqual([Number.NaN, Number.NaN]);
    expect(Array.from(themeScoreColumns([column, column], [1, 0], { ...rule, minIndicators: 1 }))).toEqual([10, 90]);
    expect(() => themeScoreColumns([column], [-1], rule)).toThrow(/weight 0 is -1/);
    expect(() => themeScoreColumns([column], [1, 1], rule)).toThrow(/1 percentile columns but 2 weights/);
    expect(() => themeScoreColumns([column, Float64Array.from([1])], [1, 1], rule)).toThrow(/column 1 has 1 regions/);
  });
});

describe('themeDrawScorer', () => {
  it('equals themeScoreColumns on each draw, with fixed columns held constant', () => {
    const counts = [3, 8, 0, 12, 5, null];
    const denominators = [100, 300, 40, 200, 90, 10];
    const simulated = simulatedDraws({ counts, denominators, direction: 'higher_is_risk', seed: 2 }, 25);
    const fixed = Float64Array.from([10, 30, 50, 70, 90, 100]);
    const score = themeDrawScorer([1.5, 1], rule);
    const out = new Float64Array(6);
    for (let d = 0; d < 25; d++) {
      const drawn = Float64Array.from(simulated.subarray(d * 6, d * 6 + 6));
      score([drawn, fixed], out);
      expect(Array.from(out)).toEqual(Array.from(themeScoreColumns([drawn, fixed], [1.5, 1], rule)));
      // the region without a count still has the fixed indicator, but 1 of 2.5 weight is below 2/3: no score
      expect(out[5]).toBeNaN();
    }
  });

  it('themeDrawScorer refuses a draw that lacks a value the first draw had', () => {
    const score = themeDrawScorer([1, 1], rule);
    const out = new Float64Array(3);
    score([Float64Array.from([10, 20, Number.NaN]), Float64Array.from([30, 40, 50])], out);
    expect(Array.from(out)).toEqual([20, 30, Number.NaN]);
    expect(() => score([Float64Array.from([10, Number.NaN, Number.NaN]), Float64Array.from([30, 40, 50])], out)).toThrow(/region 1 lost a value/);
  });
});
