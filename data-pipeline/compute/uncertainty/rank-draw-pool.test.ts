import { describe, expect, it } from 'vitest';
import { withRankDrawPool } from './rank-draw-pool.ts';
import { simulateRankInterval } from './rank-draws.ts';

const input = (seed: number) => ({
  counts: Array.from({ length: 300 }, (_, i) => (i % 9 === 0 ? null : (i * 7) % 40)),
  denominators: Array.from({ length: 300 }, (_, i) => 500 + 13 * i),
  direction: 'higher_is_risk' as const,
  draws: 200,
  seed,
});

describe('rank draw pool', () => {
  it.each(['0', '2'])('gives the same draws and intervals as computing them in place (ATLAS_DRAW_WORKERS=%s)', async (workers) => {
    const before = process.env.ATLAS_DRAW_WORKERS;
    process.env.ATLAS_DRAW_WORKERS = workers;
    const seeds = [1, 2, 3, 4, 5];
    const pooled = await withRankDrawPool((simulate) => Promise.all(seeds.map((seed) => simulate(input(seed), true)))).finally(() => {
      if (before === undefined) delete process.env.ATLAS_DRAW_WORKERS;
      else process.env.ATLAS_DRAW_WORKERS = before;
    });
    seeds.forEach((seed, i) => {
      const here = simulateRankInterval(input(seed), true);
      expect(pooled[i]?.draws?.values).toEqual(here.draws?.values);
      expect(pooled[i]?.lo).toEqual(here.lo);
      expect(pooled[i]?.hi).toEqual(here.hi);
    });
  });

  it('passes a failing simulation on to its caller', async () => {
    const bad = { ...input(1), counts: [Number.NaN], denominators: [10] };
    await expect(withRankDrawPool((simulate) => simulate(bad, false))).rejects.toThrow(/count NaN/);
  });
});
