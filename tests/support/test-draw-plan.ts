/** A small draw plan for the draw tests: counts with a missing region, both directions, and a theme of fixed columns only. */
import type { DrawPlan } from '../../data-pipeline/compute/uncertainty/draw-plan.ts';
import { seedFor } from '../../data-pipeline/compute/uncertainty/seed.ts';

export const TEST_PLAN_REGIONS = 40;

export function testDrawPlan(): DrawPlan {
  const column = (f: (i: number) => number) => Float64Array.from({ length: TEST_PLAN_REGIONS }, (_, i) => f(i));
  return {
    regions: TEST_PLAN_REGIONS,
    indicators: [
      {
        counts: column((i) => (i % 7 === 0 ? Number.NaN : i % 5)),
        denominators: column((i) => 100 + i),
        direction: 'higher_is_risk',
        seed: seedFor('a', 'buurt'),
      },
      { counts: column((i) => (i * 3) % 11), denominators: column(() => 50), direction: 'lower_is_risk', seed: seedFor('b', 'buurt') },
    ],
    themes: [
      { parts: [0, 1, column((i) => (i % 3 === 0 ? Number.NaN : i * 2.5))], weights: [1, 2, 1], rule: { minWeightShare: 0.5, minIndicators: 2 } },
      { parts: [column((i) => i), column((i) => 100 - i)], weights: [1, 1], rule: { minWeightShare: 0.5, minIndicators: 1 } },
    ],
  };
}
