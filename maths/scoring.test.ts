import { describe, expect, it } from 'vitest';
import { percentileRanks } from './percentile-rank.ts';
import { themeScore } from './theme-score.ts';
import { zScores } from './z-score.ts';

/** Small deterministic PRNG (mulberry32) so property loops are reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('percentileRanks', () => {
  it('ranks by hand: [10, 20, 30, 40] → 0, 33.3, 66.7, 100', () => {
    // N = 4; L = 0,1,2,3; E = 1 → 100 × L / 3
    expect(percentileRanks([10, 20, 30, 40], 'higher_is_risk')).toEqual([0, 100 / 3, 200 / 3, 100]);
  });

  it('reverses for lower_is_risk', () => {
    expect(percentileRanks([10, 20, 30, 40], 'lower_is_risk')).toEqual([100, 200 / 3, 100 / 3, 0]);
  });

  it('gives ties the mean of their positions: [1, 2, 2, 3] → 0, 50, 50, 100', () => {
    // the two 2s occupy positions 1 and 2 of 0..3: L = 1, E = 2 → 100 × (1 + 0.5) / 3 = 50
    expect(percentileRanks([1, 2, 2, 3], 'higher_is_risk')).toEqual([0, 50, 50, 100]);
  });

  it('gives all-equal values 50, and one value 50', () => {
    expect(percentileRanks([7, 7, 7], 'higher_is_risk')).toEqual([50, 50, 50]);
    expect(percentileRanks([7], 'higher_is_risk')).toEqual([50]);
  });

  it('keeps null as null and ranks among the present values only', () => {
    // present: 5, 15 → 0 and 100; a null must not become 0 (which would rank below 5)
    expect(percentileRanks([null, 5, null, 15], 'higher_is_risk')).toEqual([null, 0, null, 100]);
    expect(percentileRanks([0, 5, 15], 'higher_is_risk')).toEqual([0, 50, 100]);
  });

  it('refuses non-finite numbers with the index', () => {
    expect(() => percentileRanks([1, Number.NaN], 'higher_is_risk')).toThrow(/index 1/);
    expect(() => percentileRanks([Infinity], 'higher_is_risk')).toThrow(/index 0/);
  });

  it('stays in [0, 100], is monotone in risk and does not depend on row order', () => {
    const random = rng(42);
    for (let round = 0; round < 50; round++) {
      const values = Array.from({ length: 30 }, () => (random() < 0.2 ? null : Math.round(random() * 20)));
      const ranks = percentileRanks(values, 'higher_is_risk');
      values.forEach((a, i) => {
        if (a === null) return expect(ranks[i]).toBeNull();
        expect(ranks[i]).toBeGreaterThanOrEqual(0);
        expect(ranks[i]).toBeLessThanOrEqual(100);
        values.forEach((b, j) => {
          if (b !== null && a < b) expect(ranks[i]!).toBeLessThan(ranks[j]!);
          if (b !== null && a === b) expect(ranks[i]).toBe(ranks[j]);
        });
      });
      const order = values.map((_, i) => i).sort(() => random() - 0.5);
      const shuffled = percentileRanks(
        order.map((i) => values[i]!),
        'higher_is_risk',
      );
      order.forEach((original, position) => expect(shuffled[position]).toBe(ranks[original]));
    }
  });
});

describe('zScores', () => {
  it('computes (x − national) / population sd by hand', () => {
    // values 2, 4, 6: mean 4, population sd = sqrt((4 + 0 + 4) / 3) = 1.63299; national 5
    const sd = Math.sqrt(8 / 3);
    const z = zScores([2, 4, 6, null], 5);
    expect(z[0]).toBeCloseTo((2 - 5) / sd, 10);
    expect(z[2]).toBeCloseTo((6 - 5) / sd, 10);
    expect(z[3]).toBeNull();
  });

  it('uses the mean without a national value, and gives null for sd = 0 or one value', () => {
    expect(zScores([1, 3], null)).toEqual([-1, 1]);
    expect(zScores([3, 3, 3], 3)).toEqual([null, null, null]);
    expect(zScores([3], 1)).toEqual([null]);
  });
});

describe('themeScore', () => {
  it('is the weighted mean of available percentiles', () => {
    // (2 × 80 + 1 × 20) / 3 = 60
    expect(
      themeScore(
        [
          { percentile: 80, weight: 2 },
          { percentile: 20, weight: 1 },
        ],
        2 / 3,
      ),
    ).toEqual({ score: 60, indicators: 2, weightShare: 1 });
  });

  it('leaves missing indicators out instead of counting them as 0', () => {
    // available weight 2 of 3 (exactly two thirds passes): score = 80, not (2 × 80 + 0) / 3
    const result = themeScore(
      [
        { percentile: 80, weight: 2 },
        { percentile: null, weight: 1 },
      ],
      2 / 3,
    );
    expect(result.score).toBe(80);
    expect(result.weightShare).toBeCloseTo(2 / 3, 12);
    const asZero = themeScore(
      [
        { percentile: 80, weight: 2 },
        { percentile: 0, weight: 1 },
      ],
      2 / 3,
    );
    expect(asZero.score).not.toBe(result.score);
  });

  it('gives no score below the required share of weight', () => {
    expect(
      themeScore(
        [
          { percentile: 80, weight: 1 },
          { percentile: null, weight: 1 },
        ],
        2 / 3,
      ),
    ).toEqual({ score: null, indicators: 1, weightShare: 0.5 });
    expect(themeScore([{ percentile: null, weight: 1 }], 2 / 3).score).toBeNull();
  });

  it('refuses non-positive weights', () => {
    expect(() => themeScore([{ percentile: 1, weight: 0 }], 0.5)).toThrow(/positive/);
  });

  it('never lowers a region’s theme score when one of its risk indicators rises (property)', () => {
    const random = rng(7);
    for (let round = 0; round < 200; round++) {
      const regions = 12;
      const indicators = 4;
      const directions = Array.from({ length: indicators }, () => (random() < 0.5 ? ('higher_is_risk' as const) : ('lower_is_risk' as const)));
      const weights = Array.from({ length: indicators }, () => 0.5 + random() * 2);
      const table = Array.from({ length: indicators }, () => Array.from({ length: regions }, () => (random() < 0.15 ? null : Math.round(random() * 50))));
      const scoreOf = (data: (number | null)[][], region: number) => {
        const pct = data.map((values, k) => percentileRanks(values, directions[k]!));
        return themeScore(
          pct.map((p, k) => ({ percentile: p[region]!, weight: weights[k]! })),
          0.5,
        ).score;
      };
      const region = Math.floor(random() * regions);
      const k = Math.floor(random() * indicators);
      const before = scoreOf(table, region);
      const current = table[k]![region];
      if (current === null || current === undefined || before === null) continue;
      const raised = table.map((values) => [...values]);
      raised[k]![region] = current + (directions[k] === 'higher_is_risk' ? 1 + random() * 10 : -(1 + random() * 10));
      expect(scoreOf(raised, region)!).toBeGreaterThanOrEqual(before - 1e-9);
    }
  });
});
